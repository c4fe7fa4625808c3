import { TextField } from '@hazard/http';

export class CloseUnitRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '已停业注销',
    description: '注销原因 / reason',
  })
  reason!: string;
}
