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

export interface ScopeParts {
  /** Over whole towns (any table with a `town` column); null for the whole city. */
  towns: { sql: string; params: string[] } | null;
  /** Over hazard_cases: the cases the actor leads outside those towns; null if none can be. */
  ledElsewhere: { sql: string; params: string[] } | null;
}

/** `scopeClause` split in two disjoint parts, for counters kept per town. */
export function scopeParts(actor: Actor): ScopeParts {
  if (actor.towns.length === 0) return { towns: null, ledElsewhere: null };
  const towns = actor.towns.map(() => '?').join(', ');
  return {
    towns: { sql: `town IN (${towns})`, params: actor.towns },
    ledElsewhere: {
      sql: `leader_id = ? AND town NOT IN (${towns})`,
      params: [actor.userId, ...actor.towns],
    },
  };
}
