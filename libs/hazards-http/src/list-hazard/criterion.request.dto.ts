import { TextField } from '@hazard/http';

/** 判定依据: the standard and clause the hazard was judged major under. */
export class CriterionRequestDto {
  @TextField({
    maxLength: 200,
    example: 'GB 50292-2015《民用建筑可靠性鉴定标准》',
    description: '标准 / standard',
  })
  standard!: string;

  @TextField({ maxLength: 50, example: '7.1.3', description: '条款 / clause' })
  clause!: string;
}
