import { TextField } from '@hazard/http';

export class RecordProgressRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '加固方案已完成招标，施工队已进场',
    description: '进展说明 / progress note',
  })
  note!: string;
}
