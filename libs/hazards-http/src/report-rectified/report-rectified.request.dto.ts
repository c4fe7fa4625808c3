import { TextField } from '@hazard/http';

export class ReportRectifiedRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '承重墙已加固并经第三方检测合格',
    description: '整改情况 / what was fixed',
  })
  summary!: string;
}
