import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Cell } from './export-columns';
import { keepPace } from './sheet-writer';
import type { SheetWriter } from './sheet-writer';

/**
 * A spreadsheet program would run a cell that begins with one of these as a formula; a quote
 * in front makes it text (OWASP's advice against CSV injection), whoever typed the title.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const asText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed) in UTF-8 with a byte-order mark, so that
 * Excel opens the Chinese text as Chinese.
 */
export function csvSheetWriter(response: Writable, headers: string[]): SheetWriter {
  const csv = stringify({ bom: true, record_delimiter: 'windows', cast: { string: asText } });
  const sent = pipeline(csv, response);
  // A client that leaves early fails the pipeline; end() reports it, or nobody needs to.
  sent.catch(() => undefined);
  csv.write(headers);
  return {
    async row(cells: Cell[]) {
      csv.write(cells);
      await keepPace(csv);
    },
    async end() {
      csv.end();
      await sent;
    },
  };
}
