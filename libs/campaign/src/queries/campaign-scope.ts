import { ForbiddenError, mayReadCampaign, ValidationFailedError } from '@hazard/domain';
import type { Actor, CampaignSubject } from '@hazard/domain';

export interface Where {
  clauses: string[];
  params: unknown[];
}

export const whereSql = ({ clauses }: Where): string =>
  clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * `mayReadCampaign` as SQL over a table with `unit_id`, `town` and `industry_authority`
 * columns (a spec checks that the two agree): any of the actor's roles that covers a row
 * admits it. Null when the actor sees the whole city.
 */
export function campaignScopeClause(actor: Actor): Where | null {
  const arms: Where[] = [];
  for (const role of actor.roles) {
    if (role === 'unit') {
      if (actor.unitId !== undefined)
        arms.push({ clauses: ['unit_id = ?'], params: [actor.unitId] });
      continue;
    }
    const towns = actor.towns.length
      ? { sql: `town IN (${marks(actor.towns)})`, params: actor.towns }
      : null;
    if (role === 'department') {
      if (actor.departments.length === 0) continue;
      const industries = `industry_authority IN (${marks(actor.departments)})`;
      arms.push({
        clauses: [towns ? `(${industries} AND ${towns.sql})` : industries],
        params: [...actor.departments, ...(towns?.params ?? [])],
      });
      continue;
    }
    if (!towns) return null;
    arms.push({ clauses: [towns.sql], params: towns.params });
  }
  if (arms.length === 0) return { clauses: ['0'], params: [] };
  return {
    clauses: [`(${arms.map((arm) => arm.clauses[0]).join(' OR ')})`],
    params: arms.flatMap((arm) => arm.params),
  };
}

/** A detail outside the actor's jurisdiction answers 403, like commands. */
export function assertMayRead(actor: Actor, subject: CampaignSubject): void {
  if (!mayReadCampaign(actor, subject)) {
    throw new ForbiddenError('the unit is outside your jurisdiction');
  }
}

export const encodeCursor = (position: number): string =>
  Buffer.from(`p${position}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor' }]);
  return Number(match[1]);
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Adds `sql` with its values to a where clause. */
export const add = (where: Where, sql: string, ...values: unknown[]): void => {
  where.clauses.push(sql);
  where.params.push(...values);
};

/** The filters plus the actor's jurisdiction. */
export function scoped(actor: Actor): Where {
  const where: Where = { clauses: [], params: [] };
  const scope = campaignScopeClause(actor);
  if (scope) add(where, scope.clauses[0], ...scope.params);
  return where;
}
