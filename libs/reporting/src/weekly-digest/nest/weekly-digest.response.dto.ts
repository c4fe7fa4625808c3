import { ApiProperty } from '@nestjs/swagger';
import type { WeeklyDigest } from '../weekly-digest.model';

export class DigestIssuerDto {
  @ApiProperty({ example: 'system:scheduler' })
  userId!: string;

  @ApiProperty({ example: 'Deadline scheduler' })
  name!: string;

  @ApiProperty({ example: 'scheduler' })
  role!: string;
}

export class IssuedWeeklyDigestResponseDto {
  @ApiProperty({ example: '2026-W48' })
  week!: string;

  @ApiProperty({
    example: '2026-11-30T08:00:00+08:00',
    nullable: true,
    description: 'When it was first issued; null for the provisional digest of the running week',
  })
  issuedAt!: string | null;

  @ApiProperty({ type: DigestIssuerDto, nullable: true })
  issuedBy!: DigestIssuerDto | null;

  @ApiProperty({
    description: 'The stored, language-neutral digest (totals, activity, breakdowns, open cases)',
    type: 'object',
    additionalProperties: true,
  })
  digest!: WeeklyDigest;
}

export class IssuedWeekDto {
  @ApiProperty({ example: '2026-W48' })
  week!: string;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00', description: '印发时间 / issued at' })
  issuedAt!: string;
}

export class IssuedWeeksResponseDto {
  @ApiProperty({ type: [IssuedWeekDto], description: 'Newest week first' })
  items!: IssuedWeekDto[];
}
