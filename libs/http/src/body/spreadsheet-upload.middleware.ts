import { raw } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { UnreadableBodyError } from '../http-errors';

/**
 * The one request body of the API that is not JSON: a spreadsheet of units, sent as the raw
 * file with its own content type to this one route (the console uploads `fetch(…, {body:
 * file})`, curl `--data-binary @units.xlsx`). Any other route or type is the JSON parser's.
 */
export const SPREADSHEET_UPLOAD_PATH = '/api/units/imports';
export const SPREADSHEET_UPLOAD_LIMIT = '20mb';
const SPREADSHEET_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
];

export const isSpreadsheetUpload = (request: Request): boolean =>
  request.method === 'POST' && request.path === SPREADSHEET_UPLOAD_PATH;

/** The upload's format from its content type (a CSV's charset must be UTF-8 if named). */
export function spreadsheetFormatOf(contentType: string | undefined): 'xlsx' | 'csv' | null {
  const [type, ...params] = (contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  if (type === SPREADSHEET_TYPES[0] && params.length === 0) return 'xlsx';
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (type === SPREADSHEET_TYPES[1] && (!charset || /^utf-?8$/.test(charset))) return 'csv';
  return null;
}

export function spreadsheetUploadParser(): RequestHandler {
  const read = raw({ type: () => true, limit: SPREADSHEET_UPLOAD_LIMIT });
  return function spreadsheetUpload(request: Request, response: Response, next: NextFunction) {
    if (!isSpreadsheetUpload(request)) return next();
    if (spreadsheetFormatOf(request.headers['content-type']) === null) {
      request.resume();
      return next(
        new UnreadableBodyError(
          'unsupported-media-type',
          `this route takes the raw file as ${SPREADSHEET_TYPES.join(' or ')} (UTF-8)`,
        ),
      );
    }
    read(request, response, (error?: unknown) => {
      if (error === undefined || error === null) return next();
      const status = (error as { status?: number }).status;
      if (status === 413) {
        return next(
          new UnreadableBodyError(
            'payload-too-large',
            `the file exceeds ${SPREADSHEET_UPLOAD_LIMIT}`,
          ),
        );
      }
      next(
        status !== undefined && status < 500
          ? new UnreadableBodyError('unreadable-body', String(error))
          : error,
      );
    });
  };
}
