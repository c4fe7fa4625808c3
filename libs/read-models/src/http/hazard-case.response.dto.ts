import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, ESCALATION_LEVELS } from '@hazard/workflows';
import type { CaseState, EscalationLevel } from '@hazard/workflows';
import {
  DeadlineInForceResponseDto,
  DeadlinesResponseDto,
  LeaderResponseDto,
  ListingResponseDto,
  MissedDeadlinesResponseDto,
  PendingExtensionResponseDto,
  PlanResponseDto,
} from './hazard-case-parts.response.dto';

export class HazardCaseResponseDto {
  @ApiProperty({ example: '0b7c2f9e-2c55-4d5e-9a8b-1f2d3c4b5a69' })
  id!: string;

  @ApiProperty({ enum: CASE_STATES, example: 'leaderAssigned.awaitingPlan' })
  state!: CaseState;

  @ApiProperty({ type: ListingResponseDto })
  listing!: ListingResponseDto;

  @ApiProperty({ type: LeaderResponseDto, nullable: true })
  leader!: LeaderResponseDto | null;

  @ApiProperty({ type: PlanResponseDto, nullable: true })
  plan!: PlanResponseDto | null;

  @ApiProperty({ type: DeadlinesResponseDto })
  deadlines!: DeadlinesResponseDto;

  @ApiProperty({ type: DeadlineInForceResponseDto, nullable: true })
  deadlineInForce!: DeadlineInForceResponseDto | null;

  @ApiProperty({ example: false, description: '现行期限已过 / the deadline in force has passed' })
  overdue!: boolean;

  @ApiProperty({ enum: ESCALATION_LEVELS, nullable: true, example: null })
  escalationLevel!: EscalationLevel | null;

  @ApiProperty({ type: MissedDeadlinesResponseDto })
  missed!: MissedDeadlinesResponseDto;

  @ApiProperty({ type: PendingExtensionResponseDto, nullable: true })
  pendingExtension!: PendingExtensionResponseDto | null;

  @ApiProperty({ example: 0, description: '整改进展报告次数 / progress reports so far' })
  progressReports!: number;

  @ApiProperty({ example: 3, description: '案件版本（即 ETag）/ version, also the ETag' })
  version!: number;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00' })
  listedAt!: string;

  @ApiProperty({ example: '2026-11-30T09:30:00+08:00' })
  updatedAt!: string;

  @ApiProperty({
    example: ['submit-plan', 'record-progress', 'request-extension'],
    type: [String],
    description:
      '当前用户在当前状态下可执行的操作（POST /api/hazards/:id/<action>），由工作流和权限规则得出 / ' +
      'the command endpoints you may send now, from the workflow and the authorization rules',
  })
  allowedActions!: string[];
}
