import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Environment } from '@hazard/config';
import { isApiPath, looksLikeFile } from './api-paths';
import { CONSOLE_NOT_BUILT_PAGE } from './console-not-built.page';

/** Vite names every file under assets/ after a hash of its content: it never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page that names those files must be checked on every visit, or a new build goes unseen. */
const REVALIDATE = 'no-cache';
/**
 * Same-origin only; Ant Design injects its styles at run time, hence inline styles; the
 * weekly digest's print view is the API's own HTML in a frame.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the built console: its files, and its `index.html` for any other path that is not
 * the API's, so that the browser's router can take a deep link such as `/hazards/<id>`.
 */
@Injectable()
export class ConsoleFilesMiddleware implements NestMiddleware {
  private readonly dir: string;
  private readonly files: RequestHandler;

  constructor(config: ConfigService<Environment, true>) {
    this.dir = resolve(config.get('CONSOLE_DIR', { infer: true }));
    this.files = express.static(this.dir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders: (response, path) => {
        const hashed = path.startsWith(join(this.dir, 'assets'));
        response.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
      },
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const path = request.originalUrl.split('?')[0];
    if (isApiPath(path) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      next();
      return;
    }
    this.files(request, response, (error?: unknown) => {
      if (error || looksLikeFile(path)) next(error);
      else this.sendPage(response, next);
    });
  }

  private sendPage(response: Response, next: NextFunction): void {
    const index = join(this.dir, 'index.html');
    response.setHeader('Cache-Control', REVALIDATE);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (!existsSync(index)) {
      response.status(404).type('html').send(CONSOLE_NOT_BUILT_PAGE);
      return;
    }
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.sendFile(index, { cacheControl: false }, (error) => {
      if (error) next(error);
    });
  }
}
