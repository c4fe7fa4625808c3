import type { NextFunction, Request, Response } from 'express';
import { httpRequestSeconds, httpRequestsTotal } from './registry';

/** The route as declared (`/api/hazards/:id`), so that ids do not each become a series. */
const routeOf = (request: Request): string => {
  const path: unknown = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : 'other';
};

/** Counts and times every answered request, by method, route and status. */
export function httpMetricsMiddleware(request: Request, response: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const route = routeOf(request);
    const { method } = request;
    httpRequestsTotal.inc({ method, route, status: String(response.statusCode) });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    httpRequestSeconds.observe({ method, route }, seconds);
  });
  next();
}
