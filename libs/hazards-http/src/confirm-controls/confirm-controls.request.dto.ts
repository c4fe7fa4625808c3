import { TextField } from '@hazard/http';

export class ConfirmControlsRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '已设置警戒区并停止厂房内作业',
    description: '落实情况 / what is in place',
  })
  note!: string;
}
