import { TextField } from '@hazard/http';

export class RejectGeneralRectificationRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '接地电阻仍不合格',
    description: '退回理由 / reason',
  })
  reason!: string;
}
