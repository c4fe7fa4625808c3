import type { Listing } from '@hazard/workflows';
import type { Actor, Role } from '../actor';
import { ForbiddenError } from '../errors';

/** Whose cases a digest covers: empty lists mean no restriction (the whole city). */
export interface DigestScope {
  towns: string[];
  departments: string[];
}

export const WHOLE_CITY: DigestScope = { towns: [], departments: [] };

/** The administrator issues from the admin CLI, e.g. a week missed while everything was down. */
const ISSUERS: readonly Role[] = ['committee', 'scheduler', 'admin'];
const CITY_READERS: readonly Role[] = ['committee', 'hq'];

export const isWholeCity = (scope: DigestScope): boolean =>
  scope.towns.length === 0 && scope.departments.length === 0;

/**
 * Issuing the weekly digest (每周一报) is the committee's (or its scheduler's), and it is the
 * city's digest: a member limited to some towns may read theirs, not issue the city's.
 * Returns the role it is issued under.
 */
export function authorizeDigestIssue(actor: Actor, what = 'weekly digest'): Role {
  const role = ISSUERS.find((r) => actor.roles.includes(r));
  if (!role) throw new ForbiddenError(`issuing the ${what} needs role committee`);
  if (actor.towns.length > 0) {
    throw new ForbiddenError(`issuing the city's ${what} needs city-wide jurisdiction`);
  }
  return role;
}

/**
 * What part of a digest an actor may read: the committee and the headquarters their
 * jurisdiction (the whole city, or their towns); a town its towns; a department the cases of
 * the industries it speaks for (within its towns, if limited). Nobody sees another town's case.
 */
export function digestScopeOf(actor: Actor): DigestScope {
  if (CITY_READERS.some((r) => actor.roles.includes(r))) {
    return { towns: actor.towns, departments: [] };
  }
  if (actor.roles.includes('town') && actor.towns.length > 0) {
    return { towns: actor.towns, departments: [] };
  }
  if (actor.roles.includes('department') && actor.departments.length > 0) {
    return { towns: actor.towns, departments: actor.departments };
  }
  throw new ForbiddenError(
    'reading a weekly digest needs role committee or hq, or a town or department with its jurisdiction',
  );
}

export const inDigestScope = (scope: DigestScope, listing: Listing): boolean =>
  (scope.towns.length === 0 || scope.towns.includes(listing.town)) &&
  (scope.departments.length === 0 || scope.departments.includes(listing.industryAuthority));
