import { TextField } from '@hazard/http';

export class RefuseExtensionRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '延期理由不充分，请按原期限完成',
    description: '不予延期的理由 / why refused',
  })
  reason!: string;
}
