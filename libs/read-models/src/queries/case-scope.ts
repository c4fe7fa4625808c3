import { ForbiddenError, mayReadCase } from '@hazard/domain';
import type { Actor } from '@hazard/domain';

/** The domain's `mayReadCase` for one case: a detail outside it answers 403, like commands. */
export function assertCanSeeCase(actor: Actor, town: string, leaderId: string | null): void {
  if (!mayReadCase(actor, town, leaderId)) {
    throw new ForbiddenError("the case's town is outside your jurisdiction");
  }
}

/** `mayReadCase` as SQL over hazard_cases, for lists (a spec checks that the two agree). */
export function scopeClause(actor: Actor): { sql: string; params: string[] } | null {
  if (actor.towns.length === 0) return null;
  const towns = actor.towns.map(() => '?').join(', ');
  return { sql: `(town IN (${towns}) OR leader_id = ?)`, params: [...actor.towns, actor.userId] };
}
