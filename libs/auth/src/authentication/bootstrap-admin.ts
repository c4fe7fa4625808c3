import type { Actor } from '@hazard/domain';

/** The built-in administrator behind ADMIN_TOKEN; it exists to create the first real users. */
export const BOOTSTRAP_ADMIN: Actor = {
  userId: 'admin',
  name: 'Administrator',
  roles: ['admin'],
  towns: [],
  departments: [],
};
