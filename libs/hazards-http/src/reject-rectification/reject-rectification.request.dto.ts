import { TextField } from '@hazard/http';

export class RejectRectificationRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '复查发现裂缝仍在扩展',
    description: '退回理由 / why acceptance failed',
  })
  reason!: string;
}
