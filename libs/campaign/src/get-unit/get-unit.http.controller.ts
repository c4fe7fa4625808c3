import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { UnitDetailResponseDto } from '../shared/campaign.response.dto';
import { GeneralHazardQueries } from '../queries/general-hazards.queries';
import type { GeneralHazardSummary } from '../queries/general-hazards.queries';
import { InspectionQueries } from '../queries/inspections.queries';
import type { InspectionView } from '../queries/inspections.queries';
import { UnitQueries } from '../queries/units.queries';
import type { UnitView } from '../queries/units.queries';
import { UnitIdPipe } from '../shared/id.pipes';

/** The newest this many of each; the lists page through the rest. */
const SHOWN = 100;

export interface UnitDetail extends UnitView {
  inspections: InspectionView[];
  hazards: GeneralHazardSummary[];
}

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class GetUnitHttpController {
  constructor(
    private readonly units: UnitQueries,
    private readonly inspections: InspectionQueries,
    private readonly hazards: GeneralHazardQueries,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary:
      '单位详情，含其检查记录和一般隐患（各最新 100 条）/ a unit with its inspections and hazards',
  })
  @ApiOkResponse({ type: UnitDetailResponseDto, description: 'The unit; ETag carries its version' })
  @ApiProblems(401, 403, 404)
  detail(
    @Param('id', UnitIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): UnitDetail {
    const unit = this.units.detail(actor, id);
    response.setHeader('ETag', `"${unit.version}"`);
    const paging = { pageSize: SHOWN };
    return {
      ...unit,
      inspections: this.inspections.list(actor, { unitId: id }, paging).items,
      hazards: this.hazards.list(actor, { unitId: id }, paging).items,
    };
  }
}
