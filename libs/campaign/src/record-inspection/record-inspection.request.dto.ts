import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, Matches, ValidateNested } from 'class-validator';
import { INSPECTION_KINDS } from '@hazard/domain';
import type { InspectionKind } from '@hazard/domain';
import { IsTextList, Optional, says, TextField } from '@hazard/http';
import { FindingDto } from '../shared/finding.dto';

/** 企业自查, 监督检查 or 现场指导, with its findings; none is a zero-hazard report (零隐患). */
export class RecordInspectionRequestDto {
  @ApiProperty({ example: '0b7c2f9e-2c55-5d5e-9a8b-1f2d3c4b5a69', description: '单位编号' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: says('unitId') })
  unitId!: string;

  @ApiProperty({ enum: INSPECTION_KINDS, example: 'self', description: '检查类型 / kind' })
  @IsIn(INSPECTION_KINDS, { message: says('oneOf', 'values') })
  kind!: InspectionKind;

  @ApiProperty({ example: '2026-11-30', description: '检查日期 / date of the inspection' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: says('calendarDay') })
  inspectedOn!: string;

  @ApiProperty({ example: ['林志强'], type: [String], description: '检查人员 / inspectors' })
  @IsTextList({ minItems: 1, maxItems: 20, maxLength: 50 })
  inspectors!: string[];

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '生产车间、配电房、消防通道',
    description: '检查范围 / scope',
  })
  scope!: string;

  @ApiProperty({ type: [FindingDto], description: '发现的隐患；为空即零隐患报告 / findings' })
  @IsArray({ message: says('notArray') })
  @ArrayMaxSize(100, { message: says('tooManyItems', 'max') })
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  findings!: FindingDto[];

  @ApiPropertyOptional({
    example: '2026-12-02/1',
    description: '所执行的抽查（现场指导）/ the drawn spot check this visit carries out',
  })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}\/\d{1,4}$/, { message: says('spotCheckId') })
  spotCheckId?: string;
}
