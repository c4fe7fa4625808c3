export const ROLES = [
  'admin',
  'committee',
  'hq',
  'leader',
  'department',
  'town',
  'viewer',
  /** A production or business unit (生产经营单位) acting for itself: bound to one unit. */
  'unit',
  'scheduler',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, with the jurisdiction that scopes what they see and touch. */
export interface Actor {
  userId: string;
  name: string;
  roles: Role[];
  /** Towns the actor is limited to; empty means the whole city. */
  towns: string[];
  /** Industry authorities / departments the actor speaks for. */
  departments: string[];
  /** The one unit a user with the `unit` role acts for. */
  unitId?: string;
}

export const SCHEDULER_ACTOR: Actor = {
  userId: 'system:scheduler',
  name: 'Deadline scheduler',
  roles: ['scheduler'],
  towns: [],
  departments: [],
};
