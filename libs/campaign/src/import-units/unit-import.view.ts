import { DomainError } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { headerOf } from './import-columns';
import type { ImportCounts, ImportedRow, ImportMode } from './unit-import.events';
import { unitImportStream } from './unit-import.events';

export class ImportNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'import-not-found';
  constructor(readonly importId: string) {
    super(`import ${importId} does not exist`);
  }
}

/** What GET /api/units/imports/:id answers: progress while running, every row once finished. */
export interface UnitImportView extends ImportCounts {
  id: string;
  fileName: string;
  mode: ImportMode;
  state: 'running' | 'finished';
  total: number;
  /** When the import last reported: a running import whose time stands still has stopped. */
  updatedAt: string;
  /** Once finished: whether anything was written (allOrNothing with a bad row: nothing). */
  written?: boolean;
  createdRows?: ImportedRow[];
  updatedRows?: ImportedRow[];
  unchangedRows?: ImportedRow[];
  rejectedRows?: Array<{ row: number; column: string; reason: string }>;
}

/** The import as its stream tells it, in the reader's language. */
export function unitImportView(
  importId: string,
  events: RecordedEvent[],
  lang: Language,
): UnitImportView {
  const [first, ...rest] = events.map(unitImportStream.decode);
  if (first?.type !== 'UnitImportStarted') throw new ImportNotFoundError(importId);
  const view: UnitImportView = {
    id: importId,
    fileName: first.data.fileName,
    mode: first.data.mode,
    state: 'running',
    total: first.data.total,
    done: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    updatedAt: String(events.at(-1)?.metadata.occurredAt ?? ''),
  };
  for (const event of rest) {
    if (event.type === 'UnitImportProgressed') Object.assign(view, event.data);
    if (event.type === 'UnitImportFinished') {
      const { rejectedRows, ...finished } = event.data;
      Object.assign(view, finished, {
        state: 'finished',
        rejectedRows: rejectedRows.map((r) => ({
          row: r.row,
          column: headerOf(r.field, lang),
          reason: r.reason[lang],
        })),
      });
    }
  }
  return view;
}
