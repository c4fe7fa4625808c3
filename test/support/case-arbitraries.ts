import fc from 'fast-check';
import type { DeadlineKind, HazardEvent } from '@hazard/workflows';
import { DEADLINE_KINDS, ESCALATION_LEVELS } from '@hazard/workflows';
import type { NewEvent } from '@hazard/event-store';
import { leader, listing, otherLeader, plan, step } from './case-fixtures';

const DEADLINES = ['2026-12-03T08:00:00+08:00', '2026-12-20T08:00:00+08:00', plan.deadline];
const kind = fc.constantFrom<DeadlineKind>(...DEADLINE_KINDS);
const deadline = fc.constantFrom(...DEADLINES);

/**
 * Any event a case's stream may hold after its listing, the machine accepting it or not:
 * random sequences of them walk the whole workflow, refusals, deadlines and escalation
 * included. Each is what some command (or the scheduler) would append.
 */
const laterEvent: fc.Arbitrary<HazardEvent> = fc.oneof(
  fc.constant<HazardEvent>(step.leaderAssigned),
  fc.constant<HazardEvent>({ type: 'LeaderReassigned', data: { leader: otherLeader } }),
  fc.constant<HazardEvent>({ type: 'LeaderReassigned', data: { leader } }),
  fc.constant<HazardEvent>(step.planSubmitted),
  fc.constant<HazardEvent>(step.planApproved),
  fc.constant<HazardEvent>({ type: 'PlanRejected', data: { reason: '措施不具体' } }),
  fc.constant<HazardEvent>(step.controlsConfirmed),
  fc.constant<HazardEvent>({ type: 'ProgressRecorded', data: { note: '施工过半' } }),
  fc.constant<HazardEvent>(step.rectificationReported),
  fc.constant<HazardEvent>({ type: 'RectificationRejected', data: { reason: '复查不合格' } }),
  fc.constant<HazardEvent>(step.caseClosed),
  fc
    .record({ kind, deadline })
    .map((d): HazardEvent => ({ type: 'ExtensionRequested', data: { ...d, reason: '雨季' } })),
  fc.record({ kind, deadline }).map((d): HazardEvent => ({ type: 'ExtensionApproved', data: d })),
  kind.map((k): HazardEvent => ({ type: 'ExtensionRefused', data: { kind: k, reason: '否' } })),
  fc.record({ kind, deadline }).map((d): HazardEvent => ({ type: 'DeadlineMissed', data: d })),
  fc
    .record({ kind, deadline, level: fc.constantFrom(...ESCALATION_LEVELS) })
    .map((d): HazardEvent => ({ type: 'EscalationRaised', data: d })),
  fc
    .record({ kind, deadline, daysBefore: fc.constantFrom(1, 3) })
    .map((d): HazardEvent => ({ type: 'ReminderSent', data: d })),
);

/** The main road after the listing, in order. */
const ROAD: HazardEvent[] = [
  step.leaderAssigned,
  step.planSubmitted,
  step.planApproved,
  step.controlsConfirmed,
  step.rectificationReported,
  step.caseClosed,
];

/**
 * A case's history: its listing, then up to `max` events, each either the next step of the
 * main road (so that random cases get as far as being closed) or any event at all.
 */
export const caseHistory = (max = 40): fc.Arbitrary<HazardEvent[]> =>
  fc
    .array(
      fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: laterEvent, weight: 3 }),
      { maxLength: max },
    )
    .map((slots) => {
      let next = 0;
      const later = slots.map((slot) => slot ?? ROAD[Math.min(next++, ROAD.length - 1)]);
      return [{ type: 'HazardListed', data: { caseId: 'c-prop', listing } }, ...later];
    });

const USERS = ['u-leader', 'u-leader-2', 'u-yjj', 'u-committee'];

/**
 * The history as appended, event `i` at `startMs + i × stepMs` by a user picked from `i`
 * (who submitted or reported matters to the machine: separation of duties).
 */
export const asNewEvents = (
  events: readonly HazardEvent[],
  caseKey: string,
  startMs = Date.parse('2026-11-09T08:00:00+08:00'),
  stepMs = 3_600_000,
): NewEvent[] =>
  events.map((event, i) => ({
    id: `${caseKey}-${i}`,
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: { userId: USERS[(i * 7) % USERS.length], role: 'leader' },
      commandId: `${caseKey}-command-${i}`,
      occurredAt: new Date(startMs + i * stepMs).toISOString(),
      schemaVersion: 1,
    },
  }));
