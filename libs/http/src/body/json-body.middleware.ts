import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { UnreadableBodyError } from '../http-errors';
import type { BodyProblem } from '../http-errors';
import { jsonNestingDepth } from './json-nesting';
import { isSpreadsheetUpload } from './spreadsheet-upload.middleware';

/** No request body of this API nests deeper than 3; 16 leaves room and refuses abuse. */
const MAX_JSON_DEPTH = 16;

/** `application/json`, with no parameter but an optional UTF-8 charset. */
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-?8"?\s*)?$/i;
const METHODS_WITH_BODIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface BodyParserError {
  status: number;
  /** Set by body-parser's own checks; absent on, e.g., a zlib error in a gzip body. */
  type?: string;
  message: string;
}

/** What the request did wrong (4xx); anything else is ours and stays a 500. */
const isBodyParserError = (error: unknown): error is BodyParserError => {
  const status = (error as Partial<BodyParserError> | null)?.status;
  return error instanceof Error && typeof status === 'number' && status < 500;
};

/** Our own checks in `verify` mark their errors with one of our problem codes as `type`. */
const problemOf = ({ type, status }: BodyParserError): BodyProblem => {
  if (type === 'invalid-utf8' || type === 'too-deeply-nested') return type;
  if (type === 'entity.parse.failed') return 'malformed-json';
  if (status === 413) return 'payload-too-large';
  if (status === 415) return 'unsupported-media-type';
  return 'unreadable-body';
};

const refusal = (type: BodyProblem, message: string) => Object.assign(new Error(message), { type });

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Runs on the raw bytes, before they are decoded (which would hide invalid UTF-8 as U+FFFD). */
function verify(_request: Request, _response: Response, body: Buffer): void {
  try {
    utf8.decode(body);
  } catch {
    throw refusal('invalid-utf8', 'the request body is not valid UTF-8');
  }
  if (jsonNestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw refusal(
      'too-deeply-nested',
      `the request body nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  }
}

const hasContent = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined ||
  Number(request.headers['content-length'] ?? 0) > 0;

/** 415 unless the request either carries JSON or, sending nothing, claims no other type. */
function unsupportedType(request: Request): UnreadableBodyError | null {
  const type = request.headers['content-type'];
  if (type === undefined) {
    return hasContent(request)
      ? new UnreadableBodyError(
          'unsupported-media-type',
          'a request body needs Content-Type: application/json',
        )
      : null;
  }
  if (JSON_TYPE.test(type.trim())) return null;
  // A GET with a stray Content-Type and no body is harmless; a command that names another
  // type is a client that believes it sent something else.
  if (!METHODS_WITH_BODIES.has(request.method) && !hasContent(request)) return null;
  return new UnreadableBodyError(
    'unsupported-media-type',
    `only application/json (UTF-8) is accepted, not ${type.slice(0, 100)}`,
  );
}

/**
 * The one body parser of the API: JSON only, valid UTF-8, at most `limit` bytes and
 * MAX_JSON_DEPTH levels, and a JSON object (or nothing). Its refusals reach the problem filter
 * as typed errors. Named `jsonParser` so that Nest never adds its own JSON parser; the app must
 * also be created with `bodyParser: false` (HTTP_APP_OPTIONS), so no form parser exists at all.
 */
export function jsonBodyParser(limit: string): RequestHandler {
  const parse = json({ limit, strict: false, verify });
  return function jsonParser(request: Request, response: Response, next: NextFunction) {
    // The spreadsheet upload has read its own body (spreadsheet-upload.middleware.ts).
    if (isSpreadsheetUpload(request)) return next();
    const refused = unsupportedType(request);
    if (refused) {
      // Drain what was sent so that the answer is not cut off by an unread upload.
      request.resume();
      return next(refused);
    }
    parse(request, response, (error?: unknown) => {
      if (error === undefined || error === null) {
        const { body } = request as { body?: unknown };
        if (
          body === undefined ||
          (typeof body === 'object' && body !== null && !Array.isArray(body))
        ) {
          return next();
        }
        return next(
          new UnreadableBodyError('body-not-object', 'the request body must be a JSON object'),
        );
      }
      if (!isBodyParserError(error)) return next(error);
      next(new UnreadableBodyError(problemOf(error), error.message));
    });
  };
}
