import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, ExportColumn } from './export-columns';
import { keepPace } from './sheet-writer';
import type { SheetWriter } from './sheet-writer';

/**
 * An XLSX workbook through exceljs's streaming writer: each row is committed (serialized and
 * forgotten) as it is added, the sheet's XML flows into the zip and on to the client.
 */
export function xlsxSheetWriter(
  response: Writable,
  title: string,
  columns: Array<Pick<ExportColumn, 'width'> & { header: string }>,
): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: response,
    useStyles: true,
    useSharedStrings: false,
  });
  // Sheet names may not hold []:*?/\ and are at most 31 characters.
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    async row(cells: Cell[]) {
      sheet.addRow(cells).commit();
      await keepPace(response);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
