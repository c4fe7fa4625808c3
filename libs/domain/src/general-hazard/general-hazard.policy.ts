import type { FoundHazard } from '@hazard/workflows';
import type { Actor, Role } from '../actor';
import { authorizeCampaign } from '../campaign/jurisdiction';
import type { CampaignSubject } from '../campaign/jurisdiction';
import type { GeneralHazardCommandType } from './general-hazard.commands';

/** The supervisor of a general hazard: its town, its industry department, or the city. */
const SUPERVISORS: Role[] = ['town', 'department', 'committee', 'hq'];

/**
 * Who may do what to a general hazard. The unit fixes and reports its own hazards; only a
 * supervisor verifies (验收销号), rejects or extends: the unit never closes its own hazard.
 */
const RULES: Record<GeneralHazardCommandType, readonly Role[]> = {
  OpenFinding: ['scheduler'],
  ReportHazard: SUPERVISORS,
  StartRectification: ['unit', ...SUPERVISORS],
  ReportRectified: ['unit', ...SUPERVISORS],
  RejectRectification: SUPERVISORS,
  VerifyRectification: SUPERVISORS,
  ExtendDeadline: SUPERVISORS,
  // The committee lists major hazards; the follow-up completes an escalation it began.
  EscalateToMajor: ['committee', 'scheduler'],
  RecordDeadlineMissed: ['scheduler'],
  SendReminder: ['scheduler'],
};

export const subjectOfHazard = (hazard: FoundHazard): CampaignSubject => ({
  unitId: hazard.unit.unitId,
  town: hazard.unit.town,
  industryAuthority: hazard.unit.industryAuthority,
});

/** The role under which the actor may run the command on this hazard, or 403. */
export const authorizeGeneralHazard = (
  actor: Actor,
  command: GeneralHazardCommandType,
  hazard: FoundHazard | null,
): Role => {
  // Nobody speaks for a hazard not found yet; the handler answers 404 before that.
  const subject = hazard
    ? subjectOfHazard(hazard)
    : { unitId: '', town: '', industryAuthority: '' };
  return authorizeCampaign(actor, command, RULES[command], subject);
};
