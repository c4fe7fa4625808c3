import type { Actor } from '@hazard/domain';
import type { IdentityActor } from '../users/identity-metadata';

/** An admin endpoint's actor, as recorded on the events it appends. */
export const asAdmin = (actor: Actor): IdentityActor => ({
  userId: actor.userId,
  name: actor.name,
  role: 'admin',
});

/** Someone acting on their own account: no role was needed. */
export const asSelf = (actor: Actor): IdentityActor => ({ userId: actor.userId, name: actor.name });
