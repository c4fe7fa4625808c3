import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSPECTION_KINDS } from '@hazard/domain';
import type { InspectionKind } from '@hazard/domain';
import { IMPORT_MODES } from '../import-units/unit-import.events';
import type { ImportMode } from '../import-units/unit-import.events';

/**
 * The answers of the campaign's endpoints, for the OpenAPI document: the read models' own
 * types (UnitView, InspectionView, GeneralHazardSummary, …) stay the source; these name their
 * fields for a client. Nested facts copied from the events are documented as objects.
 */
const FACTS = { type: 'object', additionalProperties: true } as const;
const NULLABLE_TEXT = { type: String, nullable: true } as const;

/** What a command on a unit or a general hazard answers: `{id, state, version}` (and an ETag). */
export class CampaignCommandResultResponseDto {
  @ApiProperty({ example: '6f1c0a52-8a7e-4a55-9a0d-3f3c2b1a0e11' })
  id!: string;

  @ApiProperty({ example: 'active' })
  state!: string;

  @ApiProperty({ example: 1 })
  version!: number;
}

export class UnitResponseDto {
  @ApiProperty({ example: '6f1c0a52-8a7e-4a55-9a0d-3f3c2b1a0e11' })
  unitId!: string;

  @ApiProperty({
    ...FACTS,
    description: '名称、统一社会信用代码、镇街、行业、类别、联系人… / the profile',
  })
  profile!: Record<string, unknown>;

  @ApiProperty({ ...FACTS, description: '监管层级与部门 / who supervises it' })
  supervision!: Record<string, unknown>;

  @ApiProperty({ description: '在册（未注销）/ registered and not closed' })
  active!: boolean;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00' })
  registeredAt!: string;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00' })
  updatedAt!: string;

  @ApiProperty({ example: 1 })
  version!: number;
}

export class UnitPageResponseDto {
  @ApiProperty({ type: [UnitResponseDto] })
  items!: UnitResponseDto[];

  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ ...NULLABLE_TEXT, description: '下一页的 cursor；末页为 null / next cursor' })
  nextCursor!: string | null;
}

export class InspectionResponseDto {
  @ApiProperty({ example: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  inspectionId!: string;

  @ApiProperty({ ...FACTS, description: '被检查单位 / the unit inspected' })
  unit!: Record<string, unknown>;

  @ApiProperty({ enum: INSPECTION_KINDS, example: 'self' })
  kind!: InspectionKind;

  @ApiProperty({ example: 'selfInspection' })
  source!: string;

  @ApiProperty({ example: '南安市水头某石材有限公司' })
  inspectedBy!: string;

  @ApiProperty({ example: '2026-11-28' })
  inspectedOn!: string;

  @ApiProperty({ type: [String], example: ['王强'] })
  inspectors!: string[];

  @ApiProperty({ example: '生产车间、仓库' })
  scope!: string;

  @ApiProperty({ description: '零隐患 / nothing was found' })
  zeroHazard!: boolean;

  @ApiProperty({ type: 'array', items: FACTS, description: '发现的一般隐患 / the findings' })
  findings!: Record<string, unknown>[];

  @ApiProperty({ example: '2026-11-28T10:00:00+08:00' })
  recordedAt!: string;

  @ApiProperty({ example: 'u-1' })
  recordedBy!: string;
}

export class InspectionPageResponseDto {
  @ApiProperty({ type: [InspectionResponseDto] })
  items!: InspectionResponseDto[];

  @ApiProperty(NULLABLE_TEXT)
  nextCursor!: string | null;
}

export class RecordedInspectionResponseDto {
  @ApiProperty({ example: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  id!: string;

  @ApiProperty()
  zeroHazard!: boolean;

  @ApiProperty({ type: [String], description: '每条发现成为的一般隐患 / the hazards it opened' })
  hazardIds!: string[];
}

export class DeadlineResponseDto {
  @ApiProperty({ example: 'rectification' })
  kind!: string;

  @ApiProperty({ example: '2026-12-05T23:59:59+08:00' })
  deadline!: string;
}

/** What a general hazard's list row and its detail both say. */
class GeneralHazardFactsResponseDto {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d' })
  id!: string;

  @ApiProperty({ example: 'rectifying' })
  state!: string;

  @ApiProperty()
  open!: boolean;

  @ApiProperty({ description: '现行期限已过 / the deadline in force has passed' })
  overdue!: boolean;

  @ApiProperty({ type: DeadlineResponseDto, nullable: true })
  deadlineInForce!: DeadlineResponseDto | null;

  @ApiProperty()
  foundAt!: string;

  @ApiProperty(NULLABLE_TEXT)
  reportedAt!: string | null;

  @ApiProperty(NULLABLE_TEXT)
  verifiedAt!: string | null;

  @ApiProperty(NULLABLE_TEXT)
  verifiedBy!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty()
  updatedAt!: string;
}

export class GeneralHazardSummaryResponseDto extends GeneralHazardFactsResponseDto {
  @ApiProperty()
  unitId!: string;

  @ApiProperty({ example: '南安市水头某石材有限公司' })
  unitName!: string;

  @ApiProperty({ example: '水头镇' })
  town!: string;

  @ApiProperty({ example: '住建局' })
  industryAuthority!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty({ example: 'selfInspection' })
  source!: string;

  @ApiProperty({ example: 'minor' })
  grading!: string;

  @ApiProperty({ example: '消防通道堆放杂物' })
  description!: string;

  @ApiProperty(NULLABLE_TEXT)
  inspectionId!: string | null;

  @ApiProperty({ example: '2026-11-28' })
  foundOn!: string;

  @ApiProperty(NULLABLE_TEXT)
  escalatedCaseId!: string | null;
}

export class GeneralHazardPageResponseDto {
  @ApiProperty({ type: [GeneralHazardSummaryResponseDto] })
  items!: GeneralHazardSummaryResponseDto[];

  @ApiProperty(NULLABLE_TEXT)
  nextCursor!: string | null;
}

export class UnitDetailResponseDto extends UnitResponseDto {
  @ApiProperty({ type: [InspectionResponseDto], description: '最新 100 条 / the newest 100' })
  inspections!: InspectionResponseDto[];

  @ApiProperty({ type: [GeneralHazardSummaryResponseDto], description: '最新 100 条' })
  hazards!: GeneralHazardSummaryResponseDto[];
}

export class EscalatedToResponseDto {
  @ApiProperty()
  caseId!: string;

  @ApiProperty({ example: '南安安委督〔2026〕3号' })
  noticeNumber!: string;
}

export class GeneralHazardResponseDto extends GeneralHazardFactsResponseDto {
  @ApiProperty({ ...FACTS, description: '单位、来源、分级、描述… / what was found, where' })
  hazard!: Record<string, unknown>;

  @ApiProperty({ ...FACTS, description: '整改与验收期限 / the deadlines' })
  deadlines!: Record<string, unknown>;

  @ApiProperty({ ...FACTS, nullable: true })
  rectification!: Record<string, unknown> | null;

  @ApiProperty({ ...FACTS, nullable: true })
  report!: Record<string, unknown> | null;

  @ApiProperty({ type: 'array', items: FACTS })
  rejections!: Record<string, unknown>[];

  @ApiProperty({ type: EscalatedToResponseDto, nullable: true })
  escalatedTo!: EscalatedToResponseDto | null;

  @ApiProperty({
    example: ['start-rectification', 'extend-deadline'],
    type: [String],
    description:
      '当前用户在当前状态下可执行的操作（POST /api/hazards/general/:id/<action>） / ' +
      'the command endpoints you may send now, from the workflow and the authorization rules',
  })
  allowedActions!: string[];
}

export class HazardListEntryResponseDto {
  @ApiProperty({ enum: ['general', 'major'] })
  kind!: 'general' | 'major';

  @ApiProperty()
  id!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty()
  town!: string;

  @ApiProperty()
  industryAuthority!: string;

  @ApiProperty({ description: '一般隐患的描述，重大隐患的名称 / description or title' })
  title!: string;

  @ApiProperty({ ...NULLABLE_TEXT, description: '一般隐患的来源；重大隐患为 null' })
  source!: string | null;

  @ApiProperty({ example: 'urgent' })
  grading!: string;

  @ApiProperty()
  state!: string;

  @ApiProperty()
  foundAt!: string;

  @ApiProperty(NULLABLE_TEXT)
  deadline!: string | null;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty(NULLABLE_TEXT)
  closedAt!: string | null;

  @ApiProperty(NULLABLE_TEXT)
  closedBy!: string | null;
}

export class HazardListPageResponseDto {
  @ApiProperty({ type: [HazardListEntryResponseDto] })
  items!: HazardListEntryResponseDto[];

  @ApiProperty(NULLABLE_TEXT)
  nextCursor!: string | null;
}

export class RegistryEntryResponseDto {
  @ApiProperty({ example: '水头镇' })
  name!: string;

  @ApiPropertyOptional({ example: 'Shuitou' })
  en?: string;

  @ApiPropertyOptional({ description: '单位类别：监管层级 / unit categories: who supervises' })
  supervision?: string;
}

export class RegistryResponseDto {
  @ApiProperty({ type: [RegistryEntryResponseDto] })
  items!: RegistryEntryResponseDto[];
}

class ImportedRowResponseDto {
  @ApiProperty({ example: 2 })
  row!: number;

  @ApiProperty()
  unitId!: string;
}

class RejectedRowResponseDto {
  @ApiProperty({ example: 3 })
  row!: number;

  @ApiProperty({ example: '统一社会信用代码' })
  column!: string;

  @ApiProperty({ example: '格式不正确' })
  reason!: string;
}

export class UnitImportResponseDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: 'units.xlsx' })
  fileName!: string;

  @ApiProperty({ enum: IMPORT_MODES })
  mode!: ImportMode;

  @ApiProperty({ enum: ['running', 'finished'] })
  state!: 'running' | 'finished';

  @ApiProperty()
  total!: number;

  @ApiProperty()
  done!: number;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty()
  rejected!: number;

  @ApiProperty()
  updatedAt!: string;

  @ApiPropertyOptional({ description: '完成后：是否写入 / once finished: anything written' })
  written?: boolean;

  @ApiPropertyOptional({ type: [ImportedRowResponseDto] })
  createdRows?: ImportedRowResponseDto[];

  @ApiPropertyOptional({ type: [ImportedRowResponseDto] })
  updatedRows?: ImportedRowResponseDto[];

  @ApiPropertyOptional({ type: [ImportedRowResponseDto] })
  unchangedRows?: ImportedRowResponseDto[];

  @ApiPropertyOptional({ type: [RejectedRowResponseDto] })
  rejectedRows?: RejectedRowResponseDto[];
}
