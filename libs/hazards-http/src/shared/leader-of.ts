import type { UserDirectory } from '@hazard/auth';
import { ValidationFailedError } from '@hazard/domain';
import { fieldError } from '@hazard/http';
import type { Leader } from '@hazard/workflows';

/**
 * Only a known user with the leader role can act on a case as its leader, so assigning
 * anyone else would leave the case with nobody able to advance it. A deactivated leader
 * can act on nothing, so is no choice either.
 */
export async function leaderOf(
  users: UserDirectory,
  leaderId: string,
  leaderName: string,
): Promise<Leader> {
  const user = await users.findById(leaderId);
  if (!user || !user.active || !user.roles.includes('leader')) {
    throw new ValidationFailedError([fieldError('leaderId', 'leaderRole')]);
  }
  return { id: user.id, name: leaderName };
}
