import { ApiProperty } from '@nestjs/swagger';
import { FIGURE_GROUPINGS } from '@hazard/domain';

const FACTS = { type: 'object', additionalProperties: true } as const;
const NULLABLE_TEXT = { type: String, nullable: true } as const;

/** A figure with what it is made of. */
export class RatioResponseDto {
  @ApiProperty({ example: 81_631 })
  numerator!: number;

  @ApiProperty({ example: 81_819 })
  denominator!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.9977,
    description: 'null: nothing counted',
  })
  rate!: number | null;
}

/** The five daily figures (docs/architecture.md §9). */
export class FigureSetResponseDto {
  @ApiProperty({ type: RatioResponseDto, description: '自查率 / self-inspection rate' })
  selfInspectionRate!: RatioResponseDto;

  @ApiProperty({ type: RatioResponseDto, description: '监督检查覆盖率 / supervision coverage' })
  supervisionCoverage!: RatioResponseDto;

  @ApiProperty({ type: RatioResponseDto, description: '隐患整改率 / rectification rate' })
  rectificationRate!: RatioResponseDto;

  @ApiProperty({
    type: RatioResponseDto,
    description: '到期隐患整改率 / rectification rate of hazards past their deadline',
  })
  dueRectificationRate!: RatioResponseDto;

  @ApiProperty({ type: RatioResponseDto, description: '零隐患率 / zero-hazard rate' })
  zeroHazardRate!: RatioResponseDto;
}

export class GroupFiguresResponseDto {
  @ApiProperty({ example: '水头镇', description: 'the town, industry authority or category' })
  key!: string;

  @ApiProperty({ type: FigureSetResponseDto })
  figures!: FigureSetResponseDto;
}

export class DailyFiguresResponseDto {
  @ApiProperty({ example: '2026-11-30' })
  date!: string;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone!: string;

  @ApiProperty({
    example: '2026-12-01T00:00:00+08:00',
    description: 'facts stamped before it count',
  })
  cutOff!: string;

  @ApiProperty({ type: FigureSetResponseDto })
  city!: FigureSetResponseDto;

  @ApiProperty({ enum: FIGURE_GROUPINGS, nullable: true })
  by!: string | null;

  @ApiProperty({ type: [GroupFiguresResponseDto] })
  groups!: GroupFiguresResponseDto[];
}

/** 每日一报 as issued: the headline, figures by town and authority, laggards, overdue, spot checks. */
export class IssuedDailyReportResponseDto {
  @ApiProperty({ example: '2026-11-30' })
  date!: string;

  @ApiProperty({ example: '2026-11-30T18:00:00+08:00' })
  issuedAt!: string;

  @ApiProperty({ ...FACTS, description: 'who issued it (the scheduler, or a person)' })
  issuedBy!: Record<string, unknown>;

  @ApiProperty({ ...FACTS, description: 'the report as issued' })
  report!: Record<string, unknown>;
}

export class CurrentDailyReportResponseDto {
  @ApiProperty({ ...FACTS, description: "today's report so far, in the reader's language" })
  report!: Record<string, unknown>;
}

export class SpotCheckDrawResponseDto {
  @ApiProperty({ ...FACTS, description: 'the day, the seed, the candidates and the units drawn' })
  draw!: Record<string, unknown>;

  @ApiProperty({ example: '2026-11-30T09:00:00+08:00' })
  drawnAt!: string;
}

export class SpotCheckListResponseDto {
  @ApiProperty({ example: '2026-11-30' })
  date!: string;

  @ApiProperty()
  drawn!: boolean;

  @ApiProperty(NULLABLE_TEXT)
  drawnAt!: string | null;

  @ApiProperty(NULLABLE_TEXT)
  seed!: string | null;

  @ApiProperty({ description: 'how many zero-hazard units the draw was made among' })
  candidates!: number;

  @ApiProperty({
    type: 'array',
    items: FACTS,
    description: 'each unit drawn and its visit, if made',
  })
  items!: Record<string, unknown>[];
}
