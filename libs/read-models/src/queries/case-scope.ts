import { ForbiddenError, inJurisdiction } from '@hazard/domain';
import type { Actor } from '@hazard/domain';

/**
 * Who sees a case: anyone whose jurisdiction covers its town, and its assigned leader
 * wherever it is. Outside that, reads answer 403 like commands do (authorize() already
 * tells a town-scoped user that a case exists), and lists leave the case out.
 */
export const canSeeCase = (actor: Actor, town: string, leaderId: string | null): boolean =>
  inJurisdiction(actor, town) || (leaderId !== null && leaderId === actor.userId);

export function assertCanSeeCase(actor: Actor, town: string, leaderId: string | null): void {
  if (!canSeeCase(actor, town, leaderId)) {
    throw new ForbiddenError("the case's town is outside your jurisdiction");
  }
}

/** The same rule as SQL over hazard_cases, for lists. */
export function scopeClause(actor: Actor): { sql: string; params: string[] } | null {
  if (actor.towns.length === 0) return null;
  const towns = actor.towns.map(() => '?').join(', ');
  return { sql: `(town IN (${towns}) OR leader_id = ?)`, params: [...actor.towns, actor.userId] };
}
