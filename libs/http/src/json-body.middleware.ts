import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { UnreadableBodyError } from './http-errors';

interface BodyParserError {
  status: number;
  type: string;
  message: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  error instanceof Error &&
  typeof (error as Partial<BodyParserError>).status === 'number' &&
  typeof (error as Partial<BodyParserError>).type === 'string';

/**
 * express.json with a size limit, whose failures reach the problem filter as typed errors
 * (Nest would otherwise turn a JSON syntax error into an anonymous 400). Named `jsonParser`
 * so that Nest does not register its own JSON parser as well.
 */
export function jsonBodyParser(limit: string): RequestHandler {
  const parse = json({ limit });
  return function jsonParser(request: Request, response: Response, next: NextFunction) {
    parse(request, response, (error?: unknown) => {
      if (error === undefined || error === null) return next();
      if (!isBodyParserError(error)) return next(error);
      next(new UnreadableBodyError(error.status, error.type, error.message));
    });
  };
}
