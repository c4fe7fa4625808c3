import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { says } from '@hazard/http';
import { FindingDto } from '../shared/finding.dto';

/** 群众举报: a hazard the public reported at a unit, entered by its town or department. */
export class ReportHazardRequestDto extends FindingDto {
  @ApiProperty({ example: '0b7c2f9e-2c55-5d5e-9a8b-1f2d3c4b5a69', description: '单位编号' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: says('unitId') })
  unitId!: string;
}
