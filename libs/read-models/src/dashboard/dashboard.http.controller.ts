import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { DashboardQuery } from './dashboard.query';
import type { Dashboard } from './dashboard.query';
import { DashboardResponseDto } from './dashboard.response.dto';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('api/dashboard')
export class DashboardHttpController {
  constructor(private readonly query: DashboardQuery) {}

  @Get()
  @ApiOperation({
    summary:
      '工作台：辖区内按状态、逾期督办层级、7 天内到期、乡镇、行业主管部门的统计和近 12 周挂牌与销号 / ' +
      'the dashboard within your jurisdiction',
  })
  @ApiOkResponse({ type: DashboardResponseDto })
  @ApiProblems(401)
  dashboard(@CurrentActor() actor: Actor): Dashboard {
    return this.query.dashboard(actor);
  }
}
