import { Catch, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import type { Language, ProblemDetails } from './problem-details';
import { preferredLanguage } from './preferred-language';
import { problemText } from './problem-messages';
import { toProblem } from './to-problem';
import type { ProblemOutline } from './to-problem';
import { presentFieldErrors } from './validation/field-errors.presenter';

/** Field errors in the problem's language, and no more of them than an answer should carry. */
function localized(outline: ProblemOutline, language: Language): Record<string, unknown> {
  const { errors, ...rest } = outline.extensions;
  if (!Array.isArray(errors)) return outline.extensions;
  return { ...rest, ...presentFieldErrors(errors, language) };
}

/** Renders every error as RFC 7807 problem+json, in zh-CN unless the client prefers English. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly defaultLanguage: Language) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const outline = toProblem(error);
    if (outline.status >= 500) {
      this.logger.error(`${request.method} ${request.originalUrl}`, (error as Error)?.stack);
    }
    const language = preferredLanguage(request.headers['accept-language'], this.defaultLanguage);
    const extensions = localized(outline, language);
    const text = problemText(outline.code, language, extensions, outline.englishDetail);
    const problem: ProblemDetails = {
      type: `/problems/${outline.code}`,
      title: text.title,
      status: outline.status,
      detail: text.detail,
      instance: request.originalUrl,
      code: outline.code,
      ...extensions,
    };
    if (response.headersSent) return;
    if (outline.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    if (typeof extensions.retryAfter === 'number') {
      response.setHeader('Retry-After', String(extensions.retryAfter));
    }
    response
      .status(outline.status)
      .setHeader('Content-Language', language)
      .setHeader('Vary', 'Accept-Language')
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem));
  }
}
