import { TextField } from '@hazard/http';

export class CloseRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '经验收合格，同意销号',
    description: '验收意见 / acceptance note',
  })
  note!: string;
}
