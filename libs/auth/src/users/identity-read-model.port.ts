/**
 * The local read model of users, as seen by those who write users: a command returns only
 * once this instance's model shows its events, so the caller's next request here reads its
 * own write. The CLI, which has no read model, binds nothing.
 */
export interface IdentityReadModelPort {
  /** Resolves once the model reflects every event up to `position` (or a short wait ran out). */
  reached(position: bigint): Promise<void>;
}

export const IDENTITY_READ_MODEL = Symbol('IDENTITY_READ_MODEL');
