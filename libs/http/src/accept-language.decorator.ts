import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

/**
 * The request's Accept-Language header, as sent (or undefined). A parameter of its own rather
 * than `@Headers('accept-language')`, which the OpenAPI document would list as required.
 */
export const AcceptLanguage = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<Request>().headers['accept-language'],
);

/** Documents the optional Accept-Language header of a route that answers in a language. */
export const ApiAcceptLanguage = () =>
  ApiHeader({ name: 'Accept-Language', required: false, description: 'zh-CN (default) or en' });
