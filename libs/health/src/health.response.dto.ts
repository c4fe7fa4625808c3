import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One check of /health; a projection's check also says how far behind it is. */
export class HealthCheckResponseDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why it is down' })
  error?: string;

  @ApiPropertyOptional({ description: 'Projections: the subscriber' })
  subscriber?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Projections: position' })
  checkpoint?: string | null;

  @ApiPropertyOptional({ description: 'Projections: events still to apply' })
  behind?: number;
}

class HealthChecksResponseDto {
  @ApiProperty({ type: HealthCheckResponseDto })
  eventStore!: HealthCheckResponseDto;

  @ApiProperty({ type: HealthCheckResponseDto })
  readModels!: HealthCheckResponseDto;

  @ApiProperty({ type: HealthCheckResponseDto })
  users!: HealthCheckResponseDto;

  @ApiProperty({ type: HealthCheckResponseDto })
  campaign!: HealthCheckResponseDto;

  @ApiProperty({ type: HealthCheckResponseDto })
  redis!: HealthCheckResponseDto;
}

/** `{status}` for anyone; the checks only for an administrator. */
export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'down'] })
  status!: 'ok' | 'down';

  @ApiPropertyOptional({ type: HealthChecksResponseDto, description: 'Administrators only' })
  checks?: HealthChecksResponseDto;
}
