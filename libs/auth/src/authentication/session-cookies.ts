import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/** The opaque session id: httpOnly, so no script (nor an injected one) can read it. */
export const SESSION_COOKIE = 'hz_session';
/** The CSRF token: readable by the console's script, which echoes it in X-CSRF-Token. */
export const CSRF_COOKIE = 'hz_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const cookiesOf = (request: Request): Record<string, string | undefined> =>
  parse(request.headers.cookie ?? '');

/** No Max-Age: the browser forgets them when it closes; the server ends idle sessions itself. */
const options = (request: Request, httpOnly: boolean): CookieOptions => ({
  httpOnly,
  sameSite: 'strict',
  path: '/',
  secure: request.secure,
});

export function setSessionCookies(
  request: Request,
  response: Response,
  cookies: { sessionId: string; csrfToken: string },
): void {
  response.cookie(SESSION_COOKIE, cookies.sessionId, options(request, true));
  response.cookie(CSRF_COOKIE, cookies.csrfToken, options(request, false));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request, true));
  response.clearCookie(CSRF_COOKIE, options(request, false));
}
