import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, ESCALATION_LEVELS } from '@hazard/workflows';
import type { CaseState, EscalationLevel } from '@hazard/workflows';

class StateCountDto {
  @ApiProperty({ enum: CASE_STATES.filter((s) => s !== 'unlisted'), example: 'controlsInPlace' })
  state!: CaseState;

  @ApiProperty({ example: 12 })
  count!: number;
}

class LevelCountDto {
  @ApiProperty({
    enum: ESCALATION_LEVELS,
    nullable: true,
    example: 'urgingLetter',
    description: '督办函 / 通报 / 约谈; null: overdue, not (yet) escalated',
  })
  level!: EscalationLevel | null;

  @ApiProperty({ example: 2 })
  count!: number;
}

class OverdueDto {
  @ApiProperty({ example: 3, description: '现行期限已过的案件 / the deadline in force has passed' })
  total!: number;

  @ApiProperty({ type: [LevelCountDto], description: 'Every level, none first' })
  byEscalationLevel!: LevelCountDto[];
}

class GroupFiguresDto {
  @ApiProperty({ example: 8, description: '全部（含已销号）/ all, closed included' })
  total!: number;

  @ApiProperty({ example: 5, description: '未销号 / not closed' })
  open!: number;

  @ApiProperty({ example: 1, description: '逾期 / overdue' })
  overdue!: number;
}

class TownFiguresDto extends GroupFiguresDto {
  @ApiProperty({ example: '水头镇' })
  town!: string;
}

class AuthorityFiguresDto extends GroupFiguresDto {
  @ApiProperty({ example: '住建局' })
  industryAuthority!: string;
}

class WeekFiguresDto {
  @ApiProperty({ example: '2026-W49' })
  week!: string;

  @ApiProperty({ example: 4, description: '本周挂牌 / listed that week' })
  listed!: number;

  @ApiProperty({ example: 2, description: '本周验收销号 / closed that week' })
  closed!: number;
}

export class DashboardResponseDto {
  @ApiProperty({ example: '2026-12-02T09:00:00+08:00' })
  asOf!: string;

  @ApiProperty({ example: 40, description: '辖区内挂牌督办的案件（含已销号）/ all listed cases' })
  total!: number;

  @ApiProperty({ example: 25, description: '未销号 / not closed' })
  open!: number;

  @ApiProperty({ type: [StateCountDto], description: 'Every state, in the order of the workflow' })
  byState!: StateCountDto[];

  @ApiProperty({ type: OverdueDto })
  overdue!: OverdueDto;

  @ApiProperty({
    example: 3,
    description: '未来 7 天内到期（未逾期）/ not overdue, deadline in force within 7 days',
  })
  dueWithin7Days!: number;

  @ApiProperty({ type: [TownFiguresDto], description: 'Most cases first' })
  byTown!: TownFiguresDto[];

  @ApiProperty({ type: [AuthorityFiguresDto], description: 'Most cases first' })
  byIndustryAuthority!: AuthorityFiguresDto[];

  @ApiProperty({
    type: [WeekFiguresDto],
    description: 'The last 12 ISO weeks (TIME_ZONE), oldest first; the running week last',
  })
  weekly!: WeekFiguresDto[];
}
