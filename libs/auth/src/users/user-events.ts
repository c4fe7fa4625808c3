import type { Role } from '@hazard/domain';
import type { PasswordHash } from '../credentials/password-hash';

/** Who a user is and what they may do: what UserCreated sets and UserAmended changes. */
export interface UserProfile {
  name: string;
  roles: Role[];
  /** Towns the user is limited to; empty means the whole city. */
  towns: string[];
  /** Industry authorities / departments the user speaks for. */
  departments: string[];
  /** The one unit (生产经营单位) a user with the `unit` role acts for; absent otherwise. */
  unitId?: string | null;
}

/** The facts of a `user-<id>` stream. Secrets appear only as hashes. */
export type UserEvent =
  | { type: 'UserCreated'; data: UserProfile & { userId: string; login: string | null } }
  | { type: 'UserAmended'; data: Partial<UserProfile> }
  /** A user created without a login (a machine, a migrated user) is given one, once. */
  | { type: 'LoginAssigned'; data: { login: string } }
  /** Also ends every session that began before it. */
  | { type: 'PasswordSet'; data: { password: PasswordHash } }
  | { type: 'ApiTokenIssued'; data: { tokenHash: string } }
  /** Every API token of the user stops working. */
  | { type: 'ApiTokensRevoked'; data: { tokens: number } }
  /** Ends the user's sessions; their tokens are refused until reactivated. */
  | { type: 'UserDeactivated'; data: Record<string, never> }
  | { type: 'UserReactivated'; data: Record<string, never> };

/** The one fact of a `login-<login>` stream: who holds the login. */
export interface LoginReserved {
  type: 'LoginReserved';
  data: { login: string; userId: string };
}
