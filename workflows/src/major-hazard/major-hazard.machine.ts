import { assertEvent, assign, setup } from 'xstate';
import type { CaseContext } from './major-hazard.context';
import { emptyCaseContext, reminderKey } from './major-hazard.context';
import type { DeadlineKind, HazardEvent } from './major-hazard.events';
import * as g from './major-hazard.guards';
import type { KindParams } from './major-hazard.guards';
import type { CaseTag } from './case-tags';

/**
 * The major-hazard case workflow. Pure: no timers, no I/O. Deadlines live in BullMQ and come
 * back as DeadlineMissed / ReminderSent / EscalationRaised events, which the guards accept
 * only while they still apply.
 */
export const majorHazardMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as HazardEvent,
    tags: {} as CaseTag,
  },
  guards: {
    isCompletePlan: ({ event }) => event.type === 'PlanSubmitted' && g.isCompletePlan({ event }),
    isDifferentLeader: ({ context, event }) =>
      event.type === 'LeaderReassigned' && g.isDifferentLeader({ context, event }),
    canRequestExtension: ({ context, event }, params: KindParams) =>
      event.type === 'ExtensionRequested' && g.canRequestExtension({ context, event }, params),
    canApproveExtension: ({ context, event }, params: KindParams) =>
      event.type === 'ExtensionApproved' && g.canApproveExtension({ context, event }, params),
    canRefuseExtension: ({ context, event }, params: KindParams) =>
      event.type === 'ExtensionRefused' && g.canRefuseExtension({ context, event }, params),
    isUnmissedCurrentDeadline: ({ context, event }, params: KindParams) =>
      event.type === 'DeadlineMissed' && g.isUnmissedCurrentDeadline({ context, event }, params),
    isNextEscalation: ({ context, event }, params: KindParams) =>
      event.type === 'EscalationRaised' && g.isNextEscalation({ context, event }, params),
    isDueReminder: ({ context, event }, params: KindParams) =>
      event.type === 'ReminderSent' && g.isDueReminder({ context, event }, params),
  },
  actions: {
    recordListing: assign(({ event }) => {
      assertEvent(event, 'HazardListed');
      return {
        caseId: event.data.caseId,
        listing: event.data.listing,
        origin: event.data.origin ?? null,
      };
    }),
    recordLeader: assign(({ context, event }) => {
      assertEvent(event, 'LeaderAssigned');
      return {
        leader: event.data.leader,
        leaderIds: withLeader(context.leaderIds, event.data.leader.id),
        deadlines: { ...context.deadlines, planSubmission: event.data.planDeadline },
      };
    }),
    replaceLeader: assign(({ context, event }) => {
      assertEvent(event, 'LeaderReassigned');
      return {
        leader: event.data.leader,
        leaderIds: withLeader(context.leaderIds, event.data.leader.id),
      };
    }),
    countProgress: assign(({ context }) => ({ progressReports: context.progressReports + 1 })),
    recordPlan: assign(({ event }) => {
      assertEvent(event, 'PlanSubmitted');
      return { plan: event.data.plan, planSubmittedBy: event.metadata?.actor?.userId ?? null };
    }),
    startRectification: assign(({ context, event }) => {
      assertEvent(event, 'PlanApproved');
      const { planSubmission: _met, ...rest } = context.deadlines;
      return {
        deadlines: { ...rest, rectification: event.data.rectificationDeadline },
        pendingExtension: null,
      };
    }),
    discardPlan: assign({ plan: null, planSubmittedBy: null }),
    startAcceptance: assign(({ context, event }) => {
      assertEvent(event, 'RectificationReported');
      return {
        deadlines: { ...context.deadlines, acceptance: event.data.acceptanceDeadline },
        pendingExtension: null,
        rectificationReportedBy: event.metadata?.actor?.userId ?? null,
      };
    }),
    dropAcceptance: assign(({ context }) => {
      const { acceptance: _dropped, ...rest } = context.deadlines;
      return { deadlines: rest, rectificationReportedBy: null };
    }),
    recordExtensionRequest: assign(({ event }) => {
      assertEvent(event, 'ExtensionRequested');
      const { kind, deadline, reason } = event.data;
      return { pendingExtension: { kind, deadline, reason } };
    }),
    applyExtension: assign(({ context, event }) => {
      assertEvent(event, 'ExtensionApproved');
      return {
        deadlines: { ...context.deadlines, [event.data.kind]: event.data.deadline },
        pendingExtension: null,
      };
    }),
    dropExtensionRequest: assign({ pendingExtension: null }),
    recordMissed: assign(({ context, event }) => {
      assertEvent(event, 'DeadlineMissed');
      const { kind, deadline } = event.data;
      return { missed: { ...context.missed, [kind]: { deadline, level: null } } };
    }),
    recordEscalation: assign(({ context, event }) => {
      assertEvent(event, 'EscalationRaised');
      const { kind, deadline, level } = event.data;
      return { missed: { ...context.missed, [kind]: { deadline, level } } };
    }),
    recordReminder: assign(({ context, event }) => {
      assertEvent(event, 'ReminderSent');
      const { kind, deadline, daysBefore } = event.data;
      return { remindersSent: [...context.remindersSent, reminderKey(kind, deadline, daysBefore)] };
    }),
    closeCase: assign({ deadlines: {}, pendingExtension: null }),
  },
}).createMachine({
  id: 'majorHazard',
  context: emptyCaseContext,
  initial: 'unlisted',
  states: {
    unlisted: {
      on: { HazardListed: { target: 'listed', actions: 'recordListing' } },
    },
    listed: {
      tags: ['open', 'phase:planning'],
      on: { LeaderAssigned: { target: 'leaderAssigned', actions: 'recordLeader' } },
    },
    leaderAssigned: {
      tags: ['open', 'phase:planning'],
      initial: 'awaitingPlan',
      on: leaderTransitions(),
      states: {
        awaitingPlan: {
          tags: deadlineTags('planSubmission', { escalates: true }),
          on: {
            PlanSubmitted: {
              target: 'planSubmitted',
              guard: 'isCompletePlan',
              actions: 'recordPlan',
            },
            ...deadlineTransitions('planSubmission', { escalates: true }),
            ...extensionTransitions('planSubmission'),
          },
        },
        planSubmitted: {
          on: {
            PlanApproved: { target: '#majorHazard.planApproved', actions: 'startRectification' },
            PlanRejected: { target: 'awaitingPlan', actions: 'discardPlan' },
          },
        },
      },
    },
    planApproved: {
      tags: ['open', 'phase:rectifying', ...deadlineTags('rectification', { escalates: true })],
      on: {
        ControlsConfirmed: { target: 'controlsInPlace' },
        ...leaderTransitions(),
        ...deadlineTransitions('rectification', { escalates: true }),
        ...extensionTransitions('rectification'),
      },
    },
    controlsInPlace: {
      tags: [
        'open',
        'phase:rectifying',
        'controlsInPlace',
        ...deadlineTags('rectification', { escalates: true }),
      ],
      on: {
        RectificationReported: { target: 'rectified', actions: 'startAcceptance' },
        ...leaderTransitions(),
        ...deadlineTransitions('rectification', { escalates: true }),
        ...extensionTransitions('rectification'),
      },
    },
    rectified: {
      // The acceptance check is the committee's own duty: it is reminded and marked overdue,
      // but the escalation ladder addresses the supervised side only.
      tags: [
        'open',
        'phase:awaitingAcceptance',
        'controlsInPlace',
        ...deadlineTags('acceptance', { escalates: false }),
      ],
      on: {
        RectificationRejected: { target: 'controlsInPlace', actions: 'dropAcceptance' },
        CaseClosed: { target: 'closed', actions: 'closeCase' },
        ...leaderTransitions(),
        ...deadlineTransitions('acceptance', { escalates: false }),
      },
    },
    closed: { type: 'final', tags: ['phase:closed'] },
  },
});

const withLeader = (ids: string[], id: string): string[] => (ids.includes(id) ? ids : [...ids, id]);

function leaderTransitions() {
  return {
    LeaderReassigned: { guard: 'isDifferentLeader', actions: 'replaceLeader' },
    ProgressRecorded: { actions: 'countProgress' },
  } as const;
}

interface DeadlineRules {
  /** Whether a missed deadline of this state climbs the escalation ladder. */
  escalates: boolean;
}

/**
 * The tags of a state in which a deadline runs. They are written by the same rules as the
 * state's transitions below, so "which deadline runs here" and "does it escalate" are stated
 * once and read by everyone else through `snapshot.hasTag`.
 */
function deadlineTags(kind: DeadlineKind, { escalates }: DeadlineRules): CaseTag[] {
  return escalates ? [`deadline:${kind}`, 'escalates'] : [`deadline:${kind}`];
}

/** Reminders, the miss and (where the rules say so) escalation of one deadline. */
function deadlineTransitions(kind: DeadlineKind, { escalates }: DeadlineRules) {
  const params = { kind };
  const escalation = {
    EscalationRaised: { guard: { type: 'isNextEscalation', params }, actions: 'recordEscalation' },
  } as const;
  return {
    DeadlineMissed: {
      guard: { type: 'isUnmissedCurrentDeadline', params },
      actions: 'recordMissed',
    },
    ReminderSent: { guard: { type: 'isDueReminder', params }, actions: 'recordReminder' },
    ...(escalates ? escalation : {}),
  } as const;
}

/** The supervised side may ask for more time on the deadlines it has to meet. */
function extensionTransitions(kind: DeadlineKind) {
  const params = { kind };
  return {
    ExtensionRequested: {
      guard: { type: 'canRequestExtension', params },
      actions: 'recordExtensionRequest',
    },
    ExtensionApproved: {
      guard: { type: 'canApproveExtension', params },
      actions: 'applyExtension',
    },
    ExtensionRefused: {
      guard: { type: 'canRefuseExtension', params },
      actions: 'dropExtensionRequest',
    },
  } as const;
}

export type MajorHazardMachine = typeof majorHazardMachine;
