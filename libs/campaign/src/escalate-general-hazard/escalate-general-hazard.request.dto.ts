import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { Optional, says, TextField } from '@hazard/http';

class CriterionDto {
  @TextField({
    maxLength: 200,
    example: '《工贸企业重大事故隐患判定标准》',
    description: '判定标准 / standard',
  })
  standard!: string;

  @TextField({ maxLength: 50, example: '第四条第（一）项', description: '条款 / clause' })
  clause!: string;
}

/** 判定为重大隐患: what the listing needs beyond what the general hazard already says. */
export class EscalateGeneralHazardRequestDto {
  @ApiProperty({ type: CriterionDto, description: '判定依据（标准及条款）/ criterion' })
  @IsObject({ message: says('notObject') })
  @ValidateNested()
  @Type(() => CriterionDto)
  criterion!: CriterionDto;

  @TextField({
    maxLength: 100,
    example: '南安安委督〔2026〕21号',
    description: '督办通知书文号 / notice number',
  })
  noticeNumber!: string;

  @TextField({ maxLength: 50, example: '市级', description: '挂牌层级 / listing level' })
  listingLevel!: string;

  @TextField({ maxLength: 100, example: '用电安全', description: '专业领域 / professional domain' })
  professionalDomain!: string;

  @TextField({
    maxLength: 200,
    example: '切割车间配电系统存在重大触电隐患',
    description: '隐患名称；默认取隐患描述首行 / title (default: the description’s first line)',
    optional: true,
  })
  title?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, description: '急重轻缓；默认沿用隐患分级 / priority' })
  @Optional()
  @IsIn(PRIORITIES, { message: says('oneOf', 'values') })
  priority?: Priority;
}
