import type { Actor, Role } from '../actor';
import { ForbiddenError } from '../errors';
import { inJurisdiction } from '../major-hazard/policy';

/** What the campaign's jurisdiction rules look at: the unit, its town and its industry. */
export interface CampaignSubject {
  unitId: string;
  town: string;
  industryAuthority: string;
}

/**
 * Whether the actor, acting under `role`, covers the subject (行业 + 属地): a unit account
 * only its own unit, a department only its industry (within its towns, if limited), everyone
 * else the towns of their jurisdiction (no towns: the whole city).
 */
export function coversAs(actor: Actor, role: Role, subject: CampaignSubject): boolean {
  switch (role) {
    case 'unit':
      return actor.unitId !== undefined && actor.unitId === subject.unitId;
    case 'department':
      return (
        actor.departments.includes(subject.industryAuthority) && inJurisdiction(actor, subject.town)
      );
    default:
      return inJurisdiction(actor, subject.town);
  }
}

/** Who may see a unit, its inspections and its hazards: any of the actor's roles covers it. */
export const mayReadCampaign = (actor: Actor, subject: CampaignSubject): boolean =>
  actor.roles.some((role) => coversAs(actor, role, subject));

/**
 * The role under which the actor may do `action` to the subject: the first of `roles` the
 * actor holds and acts within. Otherwise 403, saying whether the role or the place is wrong.
 */
export function authorizeCampaign(
  actor: Actor,
  action: string,
  roles: readonly Role[],
  subject: CampaignSubject,
): Role {
  const held = roles.filter((role) => actor.roles.includes(role));
  const role = held.find((r) => coversAs(actor, r, subject));
  if (role) return role;
  if (held.length === 0) throw new ForbiddenError(`${action} needs role ${roles.join(' or ')}`);
  throw new ForbiddenError(`${action}: the unit is outside your jurisdiction`);
}
