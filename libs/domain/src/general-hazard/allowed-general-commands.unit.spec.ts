import {
  campaignActors,
  GENERAL_PATH_TO,
  GENERAL_POLICY,
  NOW,
  TIME_ZONE,
} from '@hazard/testing/campaign-fixtures';
import type { Actor } from '../actor';
import { allowedGeneralHazardCommands } from './allowed-general-commands';
import { foldGeneralHazard } from './general-hazard.fold';
import type { GeneralHazardState } from '@hazard/workflows';

const allowed = (state: GeneralHazardState, actor: Actor) =>
  allowedGeneralHazardCommands(foldGeneralHazard(GENERAL_PATH_TO[state]), {
    actor,
    now: NOW,
    timeZone: TIME_ZONE,
    policy: GENERAL_POLICY,
  });

describe('the commands a user is offered on a general hazard (asked of its decider)', () => {
  it('given a found hazard, its town may start, report on the spot and extend; never escalate', () => {
    expect(allowed('found', campaignActors.town)).toEqual([
      'StartRectification',
      'ReportRectified',
      'ExtendDeadline',
    ]);
  });

  it('given a reported fix, the town may reject or verify it, the unit itself neither', () => {
    expect(allowed('rectificationReported', campaignActors.town)).toEqual([
      'RejectRectification',
      'VerifyRectification',
    ]);
    expect(allowed('rectificationReported', campaignActors.unit)).toEqual([]);
  });

  it('given a rectifying hazard, the committee may also escalate it (判定为重大隐患)', () => {
    expect(allowed('rectifying', campaignActors.committee)).toEqual([
      'ReportRectified',
      'ExtendDeadline',
      'EscalateToMajor',
    ]);
  });

  it('given a closed hazard, or one outside the jurisdiction, nothing is offered', () => {
    expect(allowed('closed', campaignActors.committee)).toEqual([]);
    expect(allowed('found', campaignActors.otherTown)).toEqual([]);
  });
});
