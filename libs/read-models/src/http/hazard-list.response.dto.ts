import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, ESCALATION_LEVELS, PRIORITIES } from '@hazard/workflows';
import type { CaseState, EscalationLevel, Priority } from '@hazard/workflows';
import { DeadlineInForceResponseDto, LeaderResponseDto } from './hazard-case-parts.response.dto';

export class HazardListItemResponseDto {
  @ApiProperty({ example: '0b7c2f9e-2c55-4d5e-9a8b-1f2d3c4b5a69' })
  id!: string;

  @ApiProperty({ example: '某石材厂生产车间承重墙开裂', description: '隐患名称 / title' })
  title!: string;

  @ApiProperty({ example: '南安市某石材有限公司', description: '单位名称 / unit' })
  unitName!: string;

  @ApiProperty({ example: '水头镇' })
  town!: string;

  @ApiProperty({ example: '住建局', description: '行业主管部门 / industry authority' })
  industryAuthority!: string;

  @ApiProperty({ enum: PRIORITIES, example: 'urgent' })
  priority!: Priority;

  @ApiProperty({ example: '房屋安全' })
  professionalDomain!: string;

  @ApiProperty({ example: '南安安委督〔2026〕1号', description: '督办文号 / notice number' })
  noticeNumber!: string;

  @ApiProperty({ enum: CASE_STATES, example: 'leaderAssigned.awaitingPlan' })
  state!: CaseState;

  @ApiProperty({ type: LeaderResponseDto, nullable: true })
  leader!: LeaderResponseDto | null;

  @ApiProperty({ type: DeadlineInForceResponseDto, nullable: true })
  deadlineInForce!: DeadlineInForceResponseDto | null;

  @ApiProperty({
    example: false,
    description: '现行期限已过（无论是否已记录逾期）/ the deadline in force has passed',
  })
  overdue!: boolean;

  @ApiProperty({ enum: ESCALATION_LEVELS, nullable: true, example: null })
  escalationLevel!: EscalationLevel | null;

  @ApiProperty({ example: 2, description: '案件版本 / version (the ETag of the detail)' })
  version!: number;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00' })
  listedAt!: string;

  @ApiProperty({ example: '2026-11-30T09:30:00+08:00' })
  updatedAt!: string;
}

export class HazardListResponseDto {
  @ApiProperty({ type: [HazardListItemResponseDto] })
  items!: HazardListItemResponseDto[];

  @ApiProperty({
    example: 42,
    description: '符合条件的案件数 / matching cases in your jurisdiction',
  })
  total!: number;

  @ApiProperty({
    example: 1,
    nullable: true,
    type: Number,
    description: 'null when paged by cursor',
  })
  page!: number | null;

  @ApiProperty({ example: 20 })
  pageSize!: number;

  @ApiProperty({
    example: 'cDEyMzQ1',
    nullable: true,
    type: String,
    description: '下一页游标（同一排序）；最后一页为 null / pass as cursor for the next page',
  })
  nextCursor!: string | null;
}
