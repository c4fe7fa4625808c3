import type { Wording } from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';

export const IMPORT_MODES = ['allOrNothing', 'rowByRow'] as const;
/** allOrNothing: any bad row and nothing is written; rowByRow: good rows in, bad ones out. */
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A row refused: its number, the column (as the spreadsheet heads it) and why, in both languages. */
export interface RejectedRow {
  row: number;
  field: string;
  reason: Wording;
}

export interface ImportedRow {
  row: number;
  unitId: string;
}

export interface ImportCounts {
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The facts of a `unit_import-<id>` stream: so every instance can show its progress. */
export type UnitImportEvent =
  | {
      type: 'UnitImportStarted';
      data: { importId: string; fileName: string; mode: ImportMode; total: number };
    }
  | { type: 'UnitImportProgressed'; data: ImportCounts }
  | {
      type: 'UnitImportFinished';
      data: ImportCounts & {
        createdRows: ImportedRow[];
        updatedRows: ImportedRow[];
        unchangedRows: ImportedRow[];
        rejectedRows: RejectedRow[];
        /** allOrNothing with a bad row: nothing was written. */
        written: boolean;
      };
    };

/** `unit_import-<id>`: one import's progress and outcome. */
export const unitImportStream = streamCategory<UnitImportEvent>('unit_import-', [
  'UnitImportStarted',
  'UnitImportProgressed',
  'UnitImportFinished',
]);
export const unitImportStreamId = unitImportStream.streamId;
