import type { Request } from 'express';
import type { Actor } from '@hazard/domain';

export interface AuthenticatedRequest extends Request {
  actor: Actor;
}
