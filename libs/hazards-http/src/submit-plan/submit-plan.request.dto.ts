import { ApiProperty } from '@nestjs/swagger';
import { IsTextList, IsZonedDateTime, TextField } from '@hazard/http';

/** 一案一策: department, person, deadline and at least one control measure. */
export class SubmitPlanRequestDto {
  @TextField({
    maxLength: 100,
    example: '水头镇人民政府',
    description: '责任单位 / responsible department',
  })
  responsibleDepartment!: string;

  @TextField({ maxLength: 100, example: '李明', description: '责任人 / responsible person' })
  responsiblePerson!: string;

  @ApiProperty({
    example: '2026-12-31T18:00:00+08:00',
    description: '整改期限（ISO-8601，须带时区）/ rectification deadline, with offset',
  })
  @IsZonedDateTime()
  deadline!: string;

  @ApiProperty({
    example: ['设置警戒区，禁止人员进入', '停止车间内生产作业', '每日两次巡查裂缝变化'],
    description: '管控措施，1 至 20 条，每条不超过 500 字 / control measures',
    type: [String],
    minItems: 1,
    maxItems: 20,
  })
  @IsTextList({ minItems: 1, maxItems: 20, maxLength: 500 })
  controlMeasures!: string[];

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '镇财政安排加固资金 50 万元',
    description: '资金和物资 / funds and materials',
    optional: true,
  })
  fundsAndMaterials?: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '发现裂缝扩展立即疏散周边人员并报告镇应急办',
    description: '应急预案 / emergency plan',
    optional: true,
  })
  emergencyPlan?: string;
}
