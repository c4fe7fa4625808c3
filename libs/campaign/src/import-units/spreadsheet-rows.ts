import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError } from '@hazard/domain';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export const SPREADSHEET_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** The most rows one import takes; a town's register is a few thousand. */
export const MAX_IMPORT_ROWS = 100_000;

/** The upload is not a spreadsheet we can read (400), named as the problem. */
export class UnreadableSpreadsheetError extends DomainError {
  readonly status = 400;
  readonly code = 'unsupported-spreadsheet';
  constructor(readonly reason: string) {
    super(`the spreadsheet cannot be read: ${reason}`);
  }
}

/** One data row: its number as the spreadsheet shows it, and its cells by header. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
};

function cellsOf(row: ExcelJS.Row, width: number): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  return Array.from({ length: width }, (_, i) => text(values[i + 1] as ExcelJS.CellValue).trim());
}

/** Turns rows, as they are read, into a header and data rows of plain text. */
class RowCollector {
  private headers: string[] | null = null;
  private readonly rows: SheetRow[] = [];

  add(row: ExcelJS.Row): void {
    if (this.headers === null) {
      const values = Array.isArray(row.values) ? row.values : [];
      this.headers = values.slice(1).map((v) => text(v as ExcelJS.CellValue).trim());
      return;
    }
    const cells = cellsOf(row, this.headers.length);
    if (cells.every((cell) => cell === '')) return;
    if (this.rows.length === MAX_IMPORT_ROWS) {
      throw new UnreadableSpreadsheetError(`more than ${MAX_IMPORT_ROWS} rows`);
    }
    this.rows.push({ row: row.number, cells });
  }

  sheet(): Sheet {
    if (this.headers === null) throw new UnreadableSpreadsheetError('it has no header row');
    return { headers: this.headers, rows: this.rows };
  }
}

/**
 * The first worksheet's rows. An XLSX file is read with exceljs's streaming reader, so a
 * large one is never held as a whole workbook model; a CSV (UTF-8, with or without BOM)
 * with exceljs's CSV reader.
 */
export async function readSpreadsheet(body: Buffer, format: SpreadsheetFormat): Promise<Sheet> {
  try {
    if (format === 'csv') {
      const workbook = new ExcelJS.Workbook();
      const sheet = await workbook.csv.read(
        Readable.from([body.toString('utf8').replace(/^\uFEFF/, '')]),
      );
      const collector = new RowCollector();
      sheet.eachRow({ includeEmpty: false }, (row) => collector.add(row));
      return collector.sheet();
    }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(body), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
    });
    for await (const worksheet of reader) {
      const collector = new RowCollector();
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) collector.add(row);
      return collector.sheet();
    }
    throw new UnreadableSpreadsheetError('it has no worksheet');
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new UnreadableSpreadsheetError(error instanceof Error ? error.message : String(error));
  }
}
