import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * One notice in the inbox. Deadline notices (ReminderSent, DeadlineMissed, EscalationRaised)
 * refer to a case: caseId, kind, deadline, level. A digest notice (WeeklyDigestIssued) refers
 * to a week instead, a daily report notice (DailyReportIssued) to a day.
 */
export class NotificationItemResponseDto {
  @ApiProperty({ example: '1b4e28ba-2fa1-5ed2-883f-0e6bd6a1e0a1' })
  id!: string;

  @ApiProperty({
    enum: [
      'ReminderSent',
      'DeadlineMissed',
      'EscalationRaised',
      'WeeklyDigestIssued',
      'DailyReportIssued',
    ],
  })
  type!: string;

  @ApiPropertyOptional({ description: 'Deadline notices only: the case', example: 'c-001' })
  caseId?: string;

  @ApiPropertyOptional({
    description: 'Deadline notices only',
    enum: ['planSubmission', 'rectification', 'acceptance'],
  })
  kind?: string;

  @ApiPropertyOptional({
    description: 'Deadline notices only',
    example: '2026-12-03T00:00:00+08:00',
  })
  deadline?: string;

  @ApiPropertyOptional({
    description: 'Deadline notices only: the escalation level, null unless EscalationRaised',
    enum: ['urgingLetter', 'publicNotice', 'summons'],
    nullable: true,
  })
  level?: string | null;

  @ApiPropertyOptional({
    description: 'WeeklyDigestIssued only: the ISO week of the digest',
    example: '2026-W48',
  })
  week?: string;

  @ApiPropertyOptional({
    description: 'DailyReportIssued only: the day of the report',
    example: '2026-11-30',
  })
  date?: string;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00' })
  occurredAt!: string;

  @ApiProperty({ description: 'In the language of Accept-Language (zh-CN by default)' })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ description: 'Whether the signed-in user has marked it read' })
  read!: boolean;
}

export class NotificationPageResponseDto {
  @ApiProperty({ type: [NotificationItemResponseDto], description: 'Newest first' })
  items!: NotificationItemResponseDto[];

  @ApiProperty({ example: 4 })
  total!: number;

  @ApiProperty({ example: 3 })
  unread!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}
