import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { says, TextField } from '@hazard/http';
import { CriterionRequestDto } from './criterion.request.dto';

export class ListHazardRequestDto {
  @TextField({
    maxLength: 200,
    example: '某石材厂生产车间承重墙开裂',
    description: '隐患名称 / title',
  })
  title!: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '车间东侧承重墙出现贯穿性裂缝，宽度约 3 毫米，存在坍塌风险',
    description: '隐患描述 / description',
  })
  description!: string;

  @TextField({
    maxLength: 200,
    example: '南安市某石材有限公司',
    description: '单位（企业或场所）名称 / unit',
  })
  unitName!: string;

  @TextField({ maxLength: 100, example: '水头镇', description: '所在乡镇（街道、开发区）/ town' })
  town!: string;

  @TextField({
    maxLength: 100,
    example: '住建局',
    description: '行业主管部门 / industry authority',
  })
  industryAuthority!: string;

  @TextField({ maxLength: 100, example: '房屋安全', description: '专业领域 / professional domain' })
  professionalDomain!: string;

  @ApiProperty({ enum: PRIORITIES, example: 'urgent', description: '急重轻缓 / priority' })
  @IsIn(PRIORITIES, { message: says('oneOf', 'values') })
  priority!: Priority;

  @ApiProperty({ type: CriterionRequestDto, description: '判定依据 / criterion' })
  @IsObject({ message: says('notObject') })
  @ValidateNested()
  @Type(() => CriterionRequestDto)
  criterion!: CriterionRequestDto;

  @TextField({ maxLength: 50, example: '市级', description: '挂牌层级 / listing level' })
  listingLevel!: string;

  @TextField({
    maxLength: 100,
    example: '南安安委督〔2026〕1号',
    description: '督办通知书文号 / notice number',
  })
  noticeNumber!: string;
}
