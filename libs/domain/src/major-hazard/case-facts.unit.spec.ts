import type { CaseState, HazardEvent } from '@hazard/workflows';
import { ACCEPTANCE_DEADLINE, NOW, PATH_TO, PLAN_DEADLINE } from '@hazard/testing/case-fixtures';
import { DAY_MS } from '../clock';
import { caseFacts, isOverdue } from './case-facts';
import type { CaseFacts } from './case-facts';
import { DEFAULT_DEADLINE_POLICY } from './deadline-policy';
import { foldCase } from './fold';

const policy = DEFAULT_DEADLINE_POLICY;
const factsOf = (events: HazardEvent[], asOf = NOW): CaseFacts => {
  const facts = caseFacts(foldCase(events), { asOf, policy });
  if (!facts) throw new Error('not listed');
  return facts;
};
const planDue = Date.parse(PLAN_DEADLINE);
const awaitingPlan = PATH_TO['leaderAssigned.awaitingPlan'];
const missed: HazardEvent = {
  type: 'DeadlineMissed',
  data: { kind: 'planSubmission', deadline: PLAN_DEADLINE },
};
const escalated = (level: 'urgingLetter' | 'publicNotice' | 'summons'): HazardEvent => ({
  type: 'EscalationRaised',
  data: { kind: 'planSubmission', deadline: PLAN_DEADLINE, level },
});

describe('caseFacts', () => {
  it('knows nothing of a case not listed yet', () => {
    expect(caseFacts(foldCase([]), { asOf: NOW, policy })).toBeNull();
  });

  it.each<[CaseState, CaseFacts['phase'], boolean, boolean, string | null]>([
    ['listed', 'planning', true, false, null],
    ['leaderAssigned.awaitingPlan', 'planning', true, false, 'planSubmission'],
    ['leaderAssigned.planSubmitted', 'planning', true, false, null],
    ['planApproved', 'rectifying', true, false, 'rectification'],
    ['controlsInPlace', 'rectifying', true, true, 'rectification'],
    ['rectified', 'awaitingAcceptance', true, true, 'acceptance'],
    ['closed', 'closed', false, false, null],
  ])(
    'in %s: phase %s, open %s, controls %s, deadline in force %s',
    (state, phase, open, controls, kind) => {
      const facts = factsOf(PATH_TO[state]);
      expect(facts).toMatchObject({ state, phase, open, controlsInPlace: controls });
      expect(facts.deadlineInForce?.kind ?? null).toBe(kind);
    },
  );

  describe('the overdue rule', () => {
    it('is not overdue before the deadline in force', () => {
      const facts = factsOf(awaitingPlan, new Date(planDue - 1));
      expect(facts.overdue).toEqual({ recorded: false, pastDue: false });
      expect(isOverdue(facts.overdue)).toBe(false);
    });

    it('is overdue from the deadline itself, before the scheduler has recorded the miss', () => {
      const facts = factsOf(awaitingPlan, new Date(planDue));
      expect(facts.overdue).toEqual({ recorded: false, pastDue: true });
      expect(isOverdue(facts.overdue)).toBe(true);
    });

    it('stays overdue once the miss is recorded, at any later time', () => {
      const facts = factsOf([...awaitingPlan, missed], new Date(planDue + DAY_MS));
      expect(facts.overdue).toEqual({ recorded: true, pastDue: true });
    });

    it('is cleared by an approved extension: the deadline in force moved', () => {
      const later = '2026-12-20T18:00:00+08:00';
      const extended = factsOf(
        [
          ...awaitingPlan,
          missed,
          {
            type: 'ExtensionRequested',
            data: { kind: 'planSubmission', deadline: later, reason: '材料未到' },
          },
          { type: 'ExtensionApproved', data: { kind: 'planSubmission', deadline: later } },
        ],
        new Date(planDue + DAY_MS),
      );
      expect(extended.deadlineInForce?.deadline).toBe(later);
      expect(isOverdue(extended.overdue)).toBe(false);
    });

    it('is cleared by moving on: a submitted plan stops the plan deadline', () => {
      const submitted = factsOf(
        PATH_TO['leaderAssigned.planSubmitted'],
        new Date(planDue + DAY_MS),
      );
      expect(submitted.overdue).toEqual({ recorded: false, pastDue: false });
    });

    it('applies to the acceptance deadline, the committee’s own', () => {
      const facts = factsOf(PATH_TO.rectified, new Date(ACCEPTANCE_DEADLINE));
      expect(isOverdue(facts.overdue)).toBe(true);
    });
  });

  describe('escalation', () => {
    it('has no rung to come before the miss is recorded', () => {
      expect(factsOf(awaitingPlan, new Date(planDue)).escalation).toEqual({
        level: null,
        next: null,
      });
    });

    it('climbs 督办函 → 通报 → 约谈 at the policy’s intervals, then stops', () => {
      expect(factsOf([...awaitingPlan, missed]).escalation).toEqual({
        level: null,
        next: { level: 'urgingLetter', dueAt: planDue },
      });
      expect(factsOf([...awaitingPlan, missed, escalated('urgingLetter')]).escalation).toEqual({
        level: 'urgingLetter',
        next: { level: 'publicNotice', dueAt: planDue + 7 * DAY_MS },
      });
      const top = [...awaitingPlan, missed, escalated('urgingLetter'), escalated('publicNotice')];
      expect(factsOf(top).escalation.next).toEqual({
        level: 'summons',
        dueAt: planDue + 21 * DAY_MS,
      });
      expect(factsOf([...top, escalated('summons')]).escalation).toEqual({
        level: 'summons',
        next: null,
      });
    });

    it('never escalates a missed acceptance check', () => {
      const facts = factsOf([
        ...PATH_TO.rectified,
        { type: 'DeadlineMissed', data: { kind: 'acceptance', deadline: ACCEPTANCE_DEADLINE } },
      ]);
      expect(facts.overdue.recorded).toBe(true);
      expect(facts.escalation).toEqual({ level: null, next: null });
    });
  });

  describe('reminders due', () => {
    it('lists every reminder ahead of the deadline, largest first', () => {
      expect(factsOf(awaitingPlan, new Date(0)).remindersDue).toEqual([
        { daysBefore: 3, dueAt: planDue - 3 * DAY_MS },
        { daysBefore: 1, dueAt: planDue - DAY_MS },
      ]);
    });

    it('keeps only the latest of those already due: a late worker sends one, not a burst', () => {
      const late = factsOf(awaitingPlan, new Date(planDue - DAY_MS / 2));
      expect(late.remindersDue.map((r) => r.daysBefore)).toEqual([1]);
    });

    it('leaves out the ones sent, and all of them once the deadline has come', () => {
      const sent: HazardEvent = {
        type: 'ReminderSent',
        data: { kind: 'planSubmission', deadline: PLAN_DEADLINE, daysBefore: 3 },
      };
      expect(
        factsOf([...awaitingPlan, sent], new Date(0)).remindersDue.map((r) => r.daysBefore),
      ).toEqual([1]);
      expect(factsOf(awaitingPlan, new Date(planDue)).remindersDue).toEqual([]);
    });
  });
});
