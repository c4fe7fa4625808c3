import helmet from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * helmet's headers on every answer (nosniff, frame and referrer policies, …) with one CSP for
 * the whole origin: scripts, styles and images from this origin only. Swagger UI at /docs and
 * the console served at / both load their own files from here; inline styles stay allowed
 * because Swagger UI (and CSS-in-JS) set them. The HTML digest sets a stricter policy of its own.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    frameguard: { action: 'deny' },
  });

const LIVE_DATA = /^\/(api|health)(\/|$)/;

/** What the API answers is someone's case file or the system's state: never kept in a cache. */
export function noStoreForData(request: Request, response: Response, next: NextFunction): void {
  if (LIVE_DATA.test(request.path)) response.setHeader('Cache-Control', 'no-store');
  next();
}
