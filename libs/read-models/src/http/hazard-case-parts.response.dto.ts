import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_KINDS, ESCALATION_LEVELS, PRIORITIES } from '@hazard/workflows';
import type { DeadlineKind, EscalationLevel, Priority } from '@hazard/workflows';

/** The parts of a case that its list item and its detail both show. */
export class LeaderResponseDto {
  @ApiProperty({ example: '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f' })
  id!: string;

  @ApiProperty({ example: '王建国', description: '挂牌领导 / leader' })
  name!: string;
}

export class DeadlineInForceResponseDto {
  @ApiProperty({ enum: DEADLINE_KINDS, example: 'planSubmission' })
  kind!: DeadlineKind;

  @ApiProperty({ example: '2026-12-03T08:00:00+08:00', description: '现行期限 / as recorded' })
  deadline!: string;

  @ApiPropertyOptional({
    enum: [true],
    description:
      'Only when true: counted in working days, but the holiday data does not cover its year, so counted in natural days for now',
  })
  provisional?: true;
}

export class CriterionResponseDto {
  @ApiProperty({ example: 'GB 50292-2015' })
  standard!: string;

  @ApiProperty({ example: '7.1.3' })
  clause!: string;
}

export class ListingResponseDto {
  @ApiProperty({ example: '某石材厂生产车间承重墙开裂' })
  title!: string;

  @ApiProperty({ example: '车间东侧承重墙出现贯穿性裂缝' })
  description!: string;

  @ApiProperty({ example: '南安市某石材有限公司' })
  unitName!: string;

  @ApiProperty({ example: '水头镇' })
  town!: string;

  @ApiProperty({ example: '住建局' })
  industryAuthority!: string;

  @ApiProperty({ example: '房屋安全' })
  professionalDomain!: string;

  @ApiProperty({ enum: PRIORITIES, example: 'urgent' })
  priority!: Priority;

  @ApiProperty({ type: CriterionResponseDto })
  criterion!: CriterionResponseDto;

  @ApiProperty({ example: '市级' })
  listingLevel!: string;

  @ApiProperty({ example: '南安安委督〔2026〕1号' })
  noticeNumber!: string;
}

export class PlanResponseDto {
  @ApiProperty({ example: '水头镇人民政府' })
  responsibleDepartment!: string;

  @ApiProperty({ example: '李明' })
  responsiblePerson!: string;

  @ApiProperty({ example: '2027-01-29T18:00:00+08:00' })
  deadline!: string;

  @ApiProperty({ type: [String], example: ['设置警戒区，禁止人员进入'] })
  controlMeasures!: string[];

  @ApiPropertyOptional({ example: '镇财政安排加固资金 50 万元' })
  fundsAndMaterials?: string;

  @ApiPropertyOptional({ example: '发现裂缝扩展立即疏散周边人员' })
  emergencyPlan?: string;
}

export class MissedDeadlineResponseDto {
  @ApiProperty({ example: '2026-12-03T08:00:00+08:00' })
  deadline!: string;

  @ApiProperty({ enum: ESCALATION_LEVELS, nullable: true, example: 'urgingLetter' })
  level!: EscalationLevel | null;
}

export class PendingExtensionResponseDto {
  @ApiProperty({ enum: DEADLINE_KINDS, example: 'rectification' })
  kind!: DeadlineKind;

  @ApiProperty({ example: '2027-03-31T18:00:00+08:00' })
  deadline!: string;

  @ApiProperty({ example: '加固材料到货延迟' })
  reason!: string;
}

/** Every deadline set so far, by kind. */
export class DeadlinesResponseDto {
  @ApiPropertyOptional({ example: '2026-12-03T08:00:00+08:00', description: '方案提交期限' })
  planSubmission?: string;

  @ApiPropertyOptional({ example: '2027-01-29T18:00:00+08:00', description: '整改期限' })
  rectification?: string;

  @ApiPropertyOptional({ example: '2027-02-08T18:00:00+08:00', description: '验收期限' })
  acceptance?: string;
}

/** The last missed deadline of each kind. */
export class MissedDeadlinesResponseDto {
  @ApiPropertyOptional({ type: MissedDeadlineResponseDto })
  planSubmission?: MissedDeadlineResponseDto;

  @ApiPropertyOptional({ type: MissedDeadlineResponseDto })
  rectification?: MissedDeadlineResponseDto;

  @ApiPropertyOptional({ type: MissedDeadlineResponseDto })
  acceptance?: MissedDeadlineResponseDto;
}
