import { ForbiddenError, mayReadCase } from '@hazard/domain';
import type { Actor } from '@hazard/domain';

/** The domain's `mayReadCase` for one case: a detail outside it answers 403, like commands. */
export function assertCanSeeCase(actor: Actor, town: string, leaderId: string | null): void {
  if (!mayReadCase(actor, town, leaderId)) {
    throw new ForbiddenError("the case's town is outside your jurisdiction");
  }
}

export interface Clause {
  sql: string;
  params: string[];
}

export interface ScopeParts {
  /** The cases of the actor's towns (any table with a `town` column). */
  towns: Clause;
  /** The same, town by town: each is one index range in list or deadline order. */
  eachTown: Clause[];
  /** Over hazard_cases: the cases the actor leads outside those towns. */
  ledElsewhere: Clause;
}

/**
 * `mayReadCase` as SQL, in disjoint parts whose union is what the actor may read: their towns,
 * and the cases they lead elsewhere; null for the whole city. Apart, each part is served by its
 * own index in list order (town, leader), and counters kept per town can stand for the towns
 * (a spec checks that lists and mayReadCase agree).
 */
export function scopeParts(actor: Actor): ScopeParts | null {
  if (actor.towns.length === 0) return null;
  const towns = actor.towns.map(() => '?').join(', ');
  return {
    towns: { sql: `town IN (${towns})`, params: actor.towns },
    eachTown: actor.towns.map((town) => ({ sql: 'town = ?', params: [town] })),
    ledElsewhere: {
      sql: `leader_id = ? AND town NOT IN (${towns})`,
      params: [actor.userId, ...actor.towns],
    },
  };
}
