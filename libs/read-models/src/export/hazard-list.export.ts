import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Database from 'better-sqlite3';
import type { Response } from 'express';
import contentDisposition from 'content-disposition';
import { CLOCK, DEADLINE_POLICY, zonedParts } from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy, Language } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { ExportTooLargeError } from '@hazard/http';
import { READ_MODEL_DB } from '../read-model-database';
import { HazardListReader } from '../queries/hazard-list.reader';
import type { ListSelection } from '../queries/hazard-list.reader';
import type { HazardListFilter, HazardSort } from '../queries/hazard-list.query';
import { exportListFor, listTitle } from './export-columns';
import type { ExportList } from './export-columns';
import { csvSheetWriter } from './csv-sheet.writer';
import type { SheetWriter } from './sheet-writer';
import { xlsxSheetWriter } from './xlsx-sheet.writer';

const PAGE_ROWS = 500;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
export type ExportFormat = keyof typeof CONTENT_TYPES;
export const EXPORT_FORMATS = Object.keys(CONTENT_TYPES) as ExportFormat[];

export interface ExportRequest {
  actor: Actor;
  filter: HazardListFilter;
  sort?: HazardSort;
  format: ExportFormat;
  language: Language;
  timeZone: string;
}

const localDay = (at: Date, timeZone: string): string => {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
};

/** `隐患问题清单-2026-12-02.xlsx`; in English, and as every name's ASCII fallback, `hazard-list-…`. */
function attachment(list: ExportList, request: ExportRequest, asOf: Date): string {
  const name = (language: Language) =>
    `${language === 'en' ? list.fileStem : listTitle(list, language)}-` +
    `${localDay(asOf, request.timeZone)}.${request.format}`;
  return contentDisposition(name(request.language), { fallback: name('en') });
}

function sheetWriter(list: ExportList, request: ExportRequest, response: Response): SheetWriter {
  const columns = list.columns.map((c) => ({ header: c.header[request.language], width: c.width }));
  return request.format === 'csv'
    ? csvSheetWriter(
        response,
        columns.map((c) => c.header),
      )
    : xlsxSheetWriter(response, listTitle(list, request.language), columns);
}

/**
 * The hazard list as it is filtered, as a download (隐患问题清单, or 整改销号清单 for closed
 * cases). It reads on a read-only connection of its own inside one transaction, so the file
 * is one consistent snapshot of the read model however long the client takes, while the
 * projection goes on writing; rows go out a page at a time as the client takes them.
 */
@Injectable()
export class HazardListExport {
  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async send(request: ExportRequest, response: Response): Promise<void> {
    const snapshot = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      snapshot.pragma('busy_timeout = 5000');
      snapshot.exec('BEGIN');
      const reader = new HazardListReader(snapshot, this.policy);
      const { actor, filter, sort } = request;
      const asOf = this.clock.now();
      const selection: ListSelection = { actor, filter, sort, asOf };
      const total = reader.count(selection);
      // More rows than this make a file nobody reads whole; narrower filters make one they do.
      const limit = this.config.get('EXPORT_MAX_ROWS', { infer: true });
      if (total > limit) throw new ExportTooLargeError(total, limit);
      const list = exportListFor(filter.state);
      response.setHeader('Content-Type', CONTENT_TYPES[request.format]);
      response.setHeader('Content-Language', request.language);
      response.setHeader('Content-Disposition', attachment(list, request, asOf));
      const writer = sheetWriter(list, request, response);
      await this.writeRows(reader, selection, list, request, writer);
      await writer.end();
    } finally {
      snapshot.close();
    }
  }

  private async writeRows(
    reader: HazardListReader,
    selection: ListSelection,
    list: ExportList,
    { language, timeZone }: ExportRequest,
    writer: SheetWriter,
  ): Promise<void> {
    let number = 0;
    let cursor: string | undefined;
    do {
      const page = reader.page(selection, { pageSize: PAGE_ROWS, cursor });
      for (const view of page.views) {
        const row = { number: (number += 1), language, timeZone };
        await writer.row(list.columns.map((c) => c.value(view, row)));
      }
      cursor = page.nextCursor ?? undefined;
      // Let the API answer other requests between pages.
      await new Promise((resolve) => setImmediate(resolve));
    } while (cursor !== undefined);
  }
}
