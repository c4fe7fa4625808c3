import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { allowedCaseCommands, CASE_COMMAND_WORDS, DEADLINE_POLICY } from '@hazard/domain';
import type { Actor, DeadlinePolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { HazardCaseQueries } from './hazard-cases.queries';

export interface HazardCaseDetail extends HazardCaseView {
  /** The command endpoints (`POST /api/hazards/:id/<action>`) this user may send now. */
  allowedActions: string[];
}

/**
 * A case as GET /api/hazards/:id shows it to one user. What they may do is asked of the
 * domain's decider with the case's own snapshot (`allowedCaseCommands`), so it can never
 * disagree with what the command endpoints accept.
 */
@Injectable()
export class CaseDetailQuery {
  constructor(
    private readonly cases: HazardCaseQueries,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  detail(actor: Actor, caseId: string): HazardCaseDetail {
    const { view, snapshot, asOf } = this.cases.caseAt(actor, caseId);
    const allowed = allowedCaseCommands(snapshot, {
      actor,
      now: asOf,
      timeZone: this.config.get('TIME_ZONE', { infer: true }),
      policy: this.policy,
    });
    return { ...view, allowedActions: allowed.flatMap((c) => CASE_COMMAND_WORDS[c].route ?? []) };
  }
}
