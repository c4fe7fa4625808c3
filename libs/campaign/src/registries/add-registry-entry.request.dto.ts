import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SUPERVISION_LEVELS } from '@hazard/workflows';
import type { SupervisionLevel } from '@hazard/workflows';
import { Optional, says, TextField } from '@hazard/http';

export class AddRegistryEntryRequestDto {
  @TextField({ maxLength: 100, example: '南安高新技术产业园区', description: '名称 / name' })
  name!: string;

  @TextField({
    maxLength: 200,
    example: "Nan'an High-Tech Industrial Park",
    description: '英文名称 / English name',
    optional: true,
  })
  en?: string;

  @ApiPropertyOptional({
    enum: SUPERVISION_LEVELS,
    description:
      '单位类别必填：市级部门（city）或乡镇（town）监管 / unit categories: who supervises',
  })
  @Optional()
  @IsIn(SUPERVISION_LEVELS, { message: says('oneOf', 'values') })
  supervision?: SupervisionLevel;
}
