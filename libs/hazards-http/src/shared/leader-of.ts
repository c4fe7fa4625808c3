import type { UsersService } from '@hazard/auth';
import { ValidationFailedError } from '@hazard/domain';
import { fieldError } from '@hazard/http';
import type { Leader } from '@hazard/workflows';

/**
 * Only a known user with the leader role can act on a case as its leader, so assigning
 * anyone else would leave the case with nobody able to advance it.
 */
export function leaderOf(users: UsersService, leaderId: string, leaderName: string): Leader {
  const user = users.findById(leaderId);
  if (!user || !user.roles.includes('leader')) {
    throw new ValidationFailedError([fieldError('leaderId', 'leaderRole')]);
  }
  return { id: user.id, name: leaderName };
}
