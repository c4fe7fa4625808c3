import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type { Language } from '@hazard/domain';

class FieldErrorDto {
  @ApiProperty({ example: 'controlMeasures.0', description: '出错字段的路径 / field path' })
  field!: string;

  @ApiProperty({
    example: 'controlMeasures.0 不能为空白',
    description: '按问题的语言 / in the problem language',
  })
  message!: string;
}

/** RFC 7807 problem details, as every error leaves the API (`application/problem+json`). */
export class ProblemDetails {
  [extension: string]: unknown;

  @ApiProperty({ example: '/problems/transition-not-allowed' })
  type!: string;

  @ApiProperty({ example: '当前状态不允许该操作' })
  title!: string;

  @ApiProperty({ example: 409 })
  status!: number;

  @ApiProperty({ example: '案件当前状态（已挂牌，待指定挂牌领导）不允许执行“批准方案”' })
  detail!: string;

  @ApiProperty({ example: '/api/hazards/0b7c2f9e-2c55-4d5e-9a8b-1f2d3c4b5a69/approve-plan' })
  instance!: string;

  @ApiProperty({ example: 'transition-not-allowed', description: '稳定的错误代码 / stable code' })
  code!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: '422 时逐字段的错误 / per field' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    example: 3,
    description: '422 时未列出的其余出错字段数 / fields that failed beyond those listed',
  })
  omittedErrors?: number;

  @ApiPropertyOptional({ example: 60, description: '429 时需等待的秒数 / seconds to wait' })
  retryAfter?: number;

  @ApiPropertyOptional({ example: 123456, description: '导出超限时筛选结果的条数 / export: rows' })
  total?: number;

  @ApiPropertyOptional({ example: 100000, description: '导出上限 / export: the most rows allowed' })
  limit?: number;

  @ApiPropertyOptional({ example: 'listed', description: '409 时案件的当前状态' })
  state?: string;

  @ApiPropertyOptional({ example: 'ApprovePlan', description: '409 时被拒绝的命令' })
  command?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
