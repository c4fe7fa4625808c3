import type { Request } from 'express';
import type { Actor } from '@hazard/domain';
import type { SessionCredential } from './authentication/request-authenticator';

export interface AuthenticatedRequest extends Request {
  actor: Actor;
  /** Set when the request was authenticated by the session cookie. */
  session?: SessionCredential;
}
