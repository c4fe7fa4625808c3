import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { RISK_FLAGS } from '@hazard/domain';
import type { RiskFlag } from '@hazard/domain';
import { IsTextList, Optional, says, TextField } from '@hazard/http';

/** A production or business unit (生产经营单位) as a town or department registers it. */
export class RegisterUnitRequestDto {
  @TextField({
    maxLength: 200,
    example: '南安市水头某石材有限公司',
    description: '单位名称 / name',
  })
  name!: string;

  @TextField({
    maxLength: 40,
    example: '91350583MA2XXXXX00',
    description:
      '统一社会信用代码（GB 32100-2015，校验位须正确）；无代码的个体工商户、场所填其他标识 / unified social credit code',
    optional: true,
  })
  creditCode?: string;

  @TextField({
    maxLength: 100,
    example: '水头镇个体-0231',
    description: '其他标识（无信用代码时必填）/ another identifier, where there is no credit code',
    optional: true,
  })
  otherIdentifier?: string;

  @TextField({ maxLength: 200, example: '南安市水头镇五里桥工业区', description: '地址 / address' })
  address!: string;

  @TextField({
    maxLength: 100,
    example: '水头镇',
    description: '所在乡镇（街道、开发区），须在名录中 / town, from the registry',
  })
  town!: string;

  @TextField({
    maxLength: 100,
    example: '工信局',
    description: '行业主管部门，须在名录中 / industry authority, from the registry',
  })
  industryAuthority!: string;

  @ApiPropertyOptional({ example: ['用电安全', '消防安全'], type: [String] })
  @Optional()
  @IsTextList({ minItems: 0, maxItems: 20, maxLength: 50 })
  professionalDomains?: string[];

  @TextField({
    maxLength: 50,
    example: '规模以下工业企业',
    description: '单位类别，须在名录中；决定由市级部门还是乡镇监管 / category, from the registry',
  })
  category!: string;

  @ApiProperty({ enum: RISK_FLAGS, isArray: true, required: false, example: ['dustExplosion'] })
  @Optional()
  @IsArray({ message: says('notArray') })
  @ArrayMaxSize(RISK_FLAGS.length, { message: says('tooManyItems', 'max') })
  @IsIn(RISK_FLAGS, { each: true, message: says('oneOf', 'values') })
  riskFlags?: RiskFlag[];
}
