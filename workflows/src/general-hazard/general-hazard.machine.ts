import { assertEvent, assign, setup } from 'xstate';
import type { GeneralHazardContext } from './general-hazard.context';
import { emptyGeneralHazardContext, generalReminderKey } from './general-hazard.context';
import type { GeneralDeadlineKind, GeneralHazardEvent } from './general-hazard.events';
import * as g from './general-hazard.guards';
import type { GeneralKindParams } from './general-hazard.guards';
import type { GeneralHazardTag } from './general-hazard.state';

/**
 * A general hazard (一般隐患): found → rectifying → rectification reported → verified and
 * closed (销号), a rejected fix going back to rectifying; judged major, it is escalated
 * instead. Pure: deadlines live in BullMQ and come back as GeneralDeadlineMissed /
 * GeneralReminderSent, which the guards accept only while they still apply.
 */
export const generalHazardMachine = setup({
  types: {
    context: {} as GeneralHazardContext,
    events: {} as GeneralHazardEvent,
    tags: {} as GeneralHazardTag,
  },
  guards: {
    isLaterDeadline: ({ context, event }) =>
      event.type === 'GeneralDeadlineExtended' && g.isLaterDeadline({ context, event }),
    isUnmissedGeneralDeadline: ({ context, event }, params: GeneralKindParams) =>
      event.type === 'GeneralDeadlineMissed' &&
      g.isUnmissedGeneralDeadline({ context, event }, params),
    isDueGeneralReminder: ({ context, event }, params: GeneralKindParams) =>
      event.type === 'GeneralReminderSent' && g.isDueGeneralReminder({ context, event }, params),
  },
  actions: {
    recordHazard: assign(({ event }) => {
      assertEvent(event, 'GeneralHazardFound');
      return {
        hazard: event.data,
        deadlines: { rectification: event.data.rectificationDeadline },
      };
    }),
    recordRectification: assign(({ event }) => {
      assertEvent(event, 'GeneralRectificationStarted');
      return { rectification: event.data };
    }),
    startVerification: assign(({ context, event }) => {
      assertEvent(event, 'GeneralRectificationReported');
      return {
        report: event.data.summary,
        deadlines: { ...context.deadlines, verification: event.data.verificationDeadline },
      };
    }),
    reopenRectification: assign(({ context }) => {
      const { verification: _dropped, ...rest } = context.deadlines;
      return { report: null, deadlines: rest, rejections: context.rejections + 1 };
    }),
    extendDeadline: assign(({ context, event }) => {
      assertEvent(event, 'GeneralDeadlineExtended');
      return { deadlines: { ...context.deadlines, rectification: event.data.deadline } };
    }),
    recordEscalation: assign(({ event }) => {
      assertEvent(event, 'GeneralHazardEscalated');
      return { escalation: event.data };
    }),
    recordMissed: assign(({ context, event }) => {
      assertEvent(event, 'GeneralDeadlineMissed');
      return { missed: { ...context.missed, [event.data.kind]: event.data.deadline } };
    }),
    recordReminder: assign(({ context, event }) => {
      assertEvent(event, 'GeneralReminderSent');
      const { kind, deadline, daysBefore } = event.data;
      return {
        remindersSent: [...context.remindersSent, generalReminderKey(kind, deadline, daysBefore)],
      };
    }),
  },
}).createMachine({
  id: 'generalHazard',
  context: emptyGeneralHazardContext,
  initial: 'unfound',
  states: {
    unfound: {
      on: { GeneralHazardFound: { target: 'found', actions: 'recordHazard' } },
    },
    found: {
      tags: ['open', 'deadline:rectification'],
      on: {
        GeneralRectificationStarted: { target: 'rectifying', actions: 'recordRectification' },
        // 立查立改: a small fix is often made and reported on the spot.
        GeneralRectificationReported: {
          target: 'rectificationReported',
          actions: 'startVerification',
        },
        ...rectificationDeadline(),
        ...escalation(),
      },
    },
    rectifying: {
      tags: ['open', 'deadline:rectification'],
      on: {
        GeneralRectificationReported: {
          target: 'rectificationReported',
          actions: 'startVerification',
        },
        ...rectificationDeadline(),
        ...escalation(),
      },
    },
    rectificationReported: {
      // The check is the supervisor's own duty: reminded and marked overdue, never extended.
      tags: ['open', 'deadline:verification'],
      on: {
        // The deadlines stay as they were: the ledger and the figures ask when they fell.
        GeneralHazardVerified: { target: 'closed' },
        GeneralRectificationRejected: { target: 'rectifying', actions: 'reopenRectification' },
        ...deadlineWatch('verification'),
        ...escalation(),
      },
    },
    closed: { type: 'final', tags: ['verified'] },
    escalated: { type: 'final', tags: ['escalated'] },
  },
});

/** Reminders and the miss of one deadline. */
function deadlineWatch(kind: GeneralDeadlineKind) {
  const params = { kind };
  return {
    GeneralDeadlineMissed: {
      guard: { type: 'isUnmissedGeneralDeadline', params },
      actions: 'recordMissed',
    },
    GeneralReminderSent: {
      guard: { type: 'isDueGeneralReminder', params },
      actions: 'recordReminder',
    },
  } as const;
}

/** The rectification deadline: watched, and extended by the supervisor. */
function rectificationDeadline() {
  return {
    ...deadlineWatch('rectification'),
    GeneralDeadlineExtended: { guard: 'isLaterDeadline', actions: 'extendDeadline' },
  } as const;
}

/** 判定为重大隐患: from any open state the hazard becomes a major case. */
function escalation() {
  return {
    GeneralHazardEscalated: { target: '#generalHazard.escalated', actions: 'recordEscalation' },
  } as const;
}

export type GeneralHazardMachine = typeof generalHazardMachine;
