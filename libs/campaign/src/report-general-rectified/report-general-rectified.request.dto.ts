import { TextField } from '@hazard/http';

export class ReportGeneralRectifiedRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '已完成接地并检测合格',
    description: '整改情况 / what was done',
  })
  summary!: string;
}
