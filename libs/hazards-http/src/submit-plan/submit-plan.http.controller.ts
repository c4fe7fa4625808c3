import { Body, Controller, Param, Post } from '@nestjs/common';
import { ValidationFailedError } from '@hazard/domain';
import type { Plan } from '@hazard/workflows';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { SubmitPlanRequestDto } from './submit-plan.request.dto';

/** The domain names plan fields `plan.x`; the request body has them at the top level. */
const asBodyFields = (error: unknown): unknown =>
  error instanceof ValidationFailedError
    ? new ValidationFailedError(
        error.errors.map((e) => ({ ...e, field: e.field.replace(/^plan\./, '') })),
      )
    : error;

@Controller('api/hazards')
export class SubmitPlanHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/submit-plan')
  @ApiCaseCommand('提交整改方案（一案一策；挂牌领导）/ submit the plan (leader)')
  async submitPlan(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: SubmitPlanRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const plan: Plan = { ...body, controlMeasures: [...body.controlMeasures] };
    try {
      return await this.gateway.execute(id, { type: 'SubmitPlan', data: { plan } }, request);
    } catch (error) {
      throw asBodyFields(error);
    }
  }
}
