import { TextField } from '@hazard/http';

export class RejectPlanRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '管控措施未覆盖夜间作业，请补充',
    description: '退回理由 / why the plan is rejected',
  })
  reason!: string;
}
