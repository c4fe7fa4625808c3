import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES } from '@hazard/workflows';
import type { CaseState } from '@hazard/workflows';

/** What every command answers: the case's new state and version (also in the ETag). */
export class CommandResultResponseDto {
  @ApiProperty({
    example: '0b7c2f9e-2c55-4d5e-9a8b-1f2d3c4b5a69',
    description: '案件编号 / case id',
  })
  id!: string;

  @ApiProperty({ example: 'leaderAssigned.awaitingPlan', enum: CASE_STATES })
  state!: CaseState;

  @ApiProperty({ example: 2, description: '案件版本，即事件数；用于 If-Match / the ETag' })
  version!: number;
}
