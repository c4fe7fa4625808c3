import { TextField } from '@hazard/http';

export class VerifyGeneralHazardRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '现场复核合格，予以销号',
    description: '验收意见 / verification note',
  })
  note!: string;
}
