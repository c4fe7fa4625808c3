import { ApiProperty } from '@nestjs/swagger';

/** One event of a case's stream, as GET /api/hazards/:id/events gives it. */
export class CaseHistoryEntryResponseDto {
  @ApiProperty({ description: '事件编号 / event id' })
  id!: string;

  @ApiProperty({ example: 'LeaderAssigned' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: '事件内容 / its facts' })
  data!: Record<string, unknown>;

  @ApiProperty({ example: 1, description: '0 起的流内序号 / revision (version after it − 1)' })
  revision!: number;

  @ApiProperty({ example: '42', description: '全局位置（字符串）/ global position' })
  position!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '操作人、时间、关联编号… / who, when, correlation id',
  })
  metadata!: Record<string, unknown>;
}

export class CaseHistoryResponseDto {
  @ApiProperty({ type: [CaseHistoryEntryResponseDto] })
  items!: CaseHistoryEntryResponseDto[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '下一页的 after；已到最新事件为 null / pass as `after`; null at the latest',
  })
  nextCursor!: number | null;
}
