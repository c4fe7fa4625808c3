import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unitStreamId } from '@hazard/commands';
import { answer, ApiRetryHeaders, CommandRequest, keyedIds } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { CampaignCommandResultResponseDto } from '../shared/campaign.response.dto';
import { CampaignContext } from '../commands/campaign-context';
import { normalizeIdentity, unitIdFor, UnitCommands } from '../commands/unit-commands.service';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';
import type { UnitCommandAnswer } from '../shared/unit-command-answer';
import { RegisterUnitRequestDto } from './register-unit.request.dto';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class RegisterUnitHttpController {
  constructor(
    private readonly units: UnitCommands,
    private readonly context: CampaignContext,
    private readonly readModel: CampaignReadModel,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      '登记生产经营单位（属地、行业部门）；同一信用代码只登记一次 / register a unit; one unit per credit code',
  })
  @ApiRetryHeaders()
  @ApiCreatedResponse({ type: CampaignCommandResultResponseDto })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422, 429)
  async register(
    @Body() body: RegisterUnitRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<UnitCommandAnswer> {
    const profile = {
      name: body.name,
      creditCode: body.creditCode ?? null,
      otherIdentifier: body.otherIdentifier ?? null,
      address: body.address,
      town: body.town,
      industryAuthority: body.industryAuthority,
      professionalDomains: body.professionalDomains ?? [],
      category: body.category,
      riskFlags: [...new Set(body.riskFlags ?? [])],
    };
    // A retry with the same Idempotency-Key answers the first registration again.
    const ids = await keyedIds(
      this.context.store,
      unitStreamId(unitIdFor(normalizeIdentity(profile))),
      { type: 'RegisterUnit', ...profile },
      request,
    );
    const handled = await this.units.register(profile, request.actor, {
      ...ids,
      correlationId: request.correlationId,
    });
    await this.readModel.reached(handled.events.at(-1)!.position);
    request.response.setHeader('Location', `/api/units/${handled.id}`);
    return answer(request, { id: handled.id, state: handled.state, version: handled.version });
  }
}
