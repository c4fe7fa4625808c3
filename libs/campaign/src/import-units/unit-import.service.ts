import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { deterministicUuid } from '@hazard/commands';
import {
  DomainError,
  ForbiddenError,
  RISK_FLAGS,
  SCHEMA_VERSION,
  toZonedIso,
  unitDecider,
  ValidationFailedError,
} from '@hazard/domain';
import type { Actor, FieldError, Registries, RiskFlag, UnitProfile } from '@hazard/domain';
import { RegistryService } from '@hazard/registries';
import { CampaignContext } from '../commands/campaign-context';
import { unitIdFor, UnitCommands } from '../commands/unit-commands.service';
import { fieldOfHeader, IMPORT_COLUMNS, riskFlagOf, splitList } from './import-columns';
import type { ImportField } from './import-columns';
import { readSpreadsheet } from './spreadsheet-rows';
import type { SheetRow, SpreadsheetFormat } from './spreadsheet-rows';
import { unitImportStreamId } from './unit-import.events';
import type {
  ImportCounts,
  ImportedRow,
  ImportMode,
  RejectedRow,
  UnitImportEvent,
} from './unit-import.events';

/** Rows written at once: appends share the store's group commit. */
const CONCURRENCY = 128;
/** A progress event at most this often, so that any instance can show how far it got. */
const PROGRESS_EVERY_ROWS = 500;

export interface StartedImport {
  importId: string;
  total: number;
  /** Resolves when every row is done (the HTTP answer does not wait for it). */
  finished: Promise<ImportCounts>;
}

interface ParsedRow {
  row: number;
  profile: UnitProfile;
}

const reasonOf = (error: FieldError) => ({ 'zh-CN': error.zh ?? error.message, en: error.message });

/**
 * Imports units from the spreadsheets towns already keep: parsed and checked row by row
 * (the unit decider's own checks: the credit code, the registries, the importer's
 * jurisdiction), then written through the same command path as POST /api/units. A unit
 * already registered (same identity) is amended, so the same file imported twice changes
 * nothing the second time.
 */
@Injectable()
export class UnitImportService {
  private readonly logger = new Logger(UnitImportService.name);

  constructor(
    private readonly context: CampaignContext,
    private readonly registries: RegistryService,
    private readonly units: UnitCommands,
  ) {}

  async start(
    file: { body: Buffer; format: SpreadsheetFormat; fileName: string },
    mode: ImportMode,
    actor: Actor,
    onProgress: (counts: ImportCounts, total: number) => void = () => undefined,
  ): Promise<StartedImport> {
    const sheet = await readSpreadsheet(file.body, file.format);
    const importId = randomUUID();
    const total = sheet.rows.length;
    await this.record(importId, actor, [
      { type: 'UnitImportStarted', data: { importId, fileName: file.fileName, mode, total } },
    ]);
    const finished = this.run(importId, sheet, mode, actor, onProgress).catch(async (error) => {
      this.logger.error(`import ${importId}: ${String(error)}`);
      throw error;
    });
    // The caller may not wait; a failure is logged and left in the stream as unfinished.
    finished.catch(() => undefined);
    return { importId, total, finished };
  }

  private async run(
    importId: string,
    sheet: { headers: string[]; rows: SheetRow[] },
    mode: ImportMode,
    actor: Actor,
    onProgress: (counts: ImportCounts, total: number) => void,
  ): Promise<ImportCounts> {
    const registries = await this.registries.all();
    const columns = sheet.headers.map(fieldOfHeader);
    const rejectedRows: RejectedRow[] = [];
    const parsed: ParsedRow[] = [];
    for (const row of sheet.rows) {
      const checked = this.check(row, columns, registries, actor);
      if ('profile' in checked) parsed.push({ row: row.row, profile: checked.profile });
      else rejectedRows.push(...checked.rejected);
    }
    const rejectedCount = () => new Set(rejectedRows.map((r) => r.row)).size;
    const counts: ImportCounts = { done: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
    const rows = {
      created: [] as ImportedRow[],
      updated: [] as ImportedRow[],
      unchanged: [] as ImportedRow[],
    };
    const written = mode === 'rowByRow' || rejectedRows.length === 0;
    if (written) {
      counts.done = rejectedCount();
      let next = 0;
      let reported = 0;
      const worker = async () => {
        while (next < parsed.length) {
          const { row, profile } = parsed[next++];
          try {
            const { unitId, outcome } = await this.units.upsert(profile, actor, {
              registries,
              commandId: deterministicUuid(`import/${importId}/${row}`),
            });
            rows[outcome].push({ row, unitId });
            counts[outcome] += 1;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            rejectedRows.push(...rowErrors(row, error));
          }
          counts.done += 1;
          counts.rejected = rejectedCount();
          onProgress({ ...counts }, sheet.rows.length);
          if (counts.done - reported >= PROGRESS_EVERY_ROWS) {
            reported = counts.done;
            await this.record(importId, actor, [
              { type: 'UnitImportProgressed', data: { ...counts } },
            ]);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } else {
      counts.done = sheet.rows.length;
    }
    counts.rejected = rejectedCount();
    const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
    await this.record(importId, actor, [
      {
        type: 'UnitImportFinished',
        data: {
          ...counts,
          createdRows: rows.created.sort(byRow),
          updatedRows: rows.updated.sort(byRow),
          unchangedRows: rows.unchanged.sort(byRow),
          rejectedRows: rejectedRows.sort(byRow),
          written,
        },
      },
    ]);
    onProgress({ ...counts }, sheet.rows.length);
    return counts;
  }

  /** One row as a profile, or every reason it is refused. */
  private check(
    { row, cells }: SheetRow,
    columns: Array<ImportField | null>,
    registries: Registries,
    actor: Actor,
  ): { profile: UnitProfile } | { rejected: RejectedRow[] } {
    const cell = (field: ImportField) => cells[columns.indexOf(field)] ?? '';
    const errors: FieldError[] = [];
    for (const column of IMPORT_COLUMNS) {
      if (column.required && cell(column.field) === '') {
        errors.push({
          field: column.field,
          message: `${column.words.en} is required`,
          zh: `${column.words['zh-CN']}为必填项`,
        });
      }
    }
    const flags: RiskFlag[] = [];
    for (const word of splitList(cell('riskFlags'))) {
      const flag = riskFlagOf(word);
      if (flag) flags.push(flag);
      else {
        errors.push({
          field: 'riskFlags',
          message: `"${word}" is not a risk flag; known: ${RISK_FLAGS.join(', ')}`,
          zh: `“${word}”不是风险标识；可填：重大危险源、有限空间、粉尘涉爆、涉氨制冷、消防重点单位`,
        });
      }
    }
    const profile: UnitProfile = {
      name: cell('name'),
      creditCode: cell('creditCode') || null,
      otherIdentifier: cell('otherIdentifier') || null,
      address: cell('address'),
      town: cell('town'),
      industryAuthority: cell('industryAuthority'),
      professionalDomains: splitList(cell('professionalDomains')),
      category: cell('category'),
      riskFlags: [...new Set(flags)],
    };
    if (errors.length === 0) {
      // The decider's own checks, as if registering: credit code, registries, jurisdiction.
      try {
        unitDecider.decide(
          { type: 'RegisterUnit', data: { unitId: unitIdFor(profile), profile } },
          null,
          { actor, now: this.context.now(), timeZone: this.context.timeZone, policy: registries },
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { rejected: rowErrors(row, error) };
      }
      return { profile };
    }
    return {
      rejected: errors.map((error) => ({ row, field: error.field, reason: reasonOf(error) })),
    };
  }

  private async record(importId: string, actor: Actor, events: UnitImportEvent[]): Promise<void> {
    const streamId = unitImportStreamId(importId);
    const commandId = randomUUID();
    const metadata = {
      actor: { userId: actor.userId, name: actor.name, role: actor.roles[0] ?? 'viewer' },
      commandId,
      command: 'ImportUnits',
      correlationId: importId,
      causationId: commandId,
      occurredAt: toZonedIso(this.context.now(), this.context.timeZone),
      schemaVersion: SCHEMA_VERSION,
    };
    await this.context.store.append(
      streamId,
      events.map((event, i) => ({
        ...event,
        id: deterministicUuid(`${streamId}/${commandId}/${i}`),
        metadata,
      })),
      'any',
    );
  }
}

/** A domain refusal of a row, field by field where it names fields. */
function rowErrors(row: number, error: DomainError): RejectedRow[] {
  if (error instanceof ValidationFailedError) {
    return error.errors.map((e) => ({ row, field: e.field, reason: reasonOf(e) }));
  }
  if (error instanceof ForbiddenError) {
    return [
      {
        row,
        field: 'town',
        reason: {
          'zh-CN': '该单位不在您的辖区（乡镇或行业）内，无权导入',
          en: `outside your jurisdiction: ${error.message}`,
        },
      },
    ];
  }
  return [{ row, field: 'name', reason: { 'zh-CN': error.message, en: error.message } }];
}
