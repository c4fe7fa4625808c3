import type { HazardEvent, HazardEventOf, Listing } from '@hazard/workflows';
import {
  DEADLINE_KIND_WORDS,
  ESCALATION_LEVEL_WORDS,
  humanDateTime,
  timeLeft,
} from '@hazard/domain';
import type { Language } from '@hazard/domain';

export type DeadlineNoticeEvent = HazardEventOf<
  'ReminderSent' | 'DeadlineMissed' | 'EscalationRaised'
>;
const NOTICE_EVENT_TYPES: ReadonlySet<string> = new Set<DeadlineNoticeEvent['type']>([
  'ReminderSent',
  'DeadlineMissed',
  'EscalationRaised',
]);

/** The case events that call for a deadline notice. */
export const isDeadlineNoticeEvent = (event: HazardEvent): event is DeadlineNoticeEvent =>
  NOTICE_EVENT_TYPES.has(event.type);

export interface NoticeText {
  title: string;
  body: string;
}

/**
 * The text of a reminder, missed deadline or escalation, in zh-CN or English, with the
 * deadline as people write it (`2026年12月2日 08:55`). The time left is measured from when
 * the event happened, not from the policy's nominal days.
 */
export function deadlineNotice(
  event: DeadlineNoticeEvent,
  listing: Pick<Listing, 'title' | 'unitName' | 'town'>,
  occurredAt: string,
  lang: Language,
): NoticeText {
  const { kind } = event.data;
  const deadline = humanDateTime(event.data.deadline, lang);
  const zh = lang === 'zh-CN';
  const subject = zh
    ? `「${listing.title}」（${listing.unitName}，${listing.town}）`
    : `"${listing.title}" (${listing.unitName}, ${listing.town})`;
  const kindName = DEADLINE_KIND_WORDS[kind][lang];
  switch (event.type) {
    case 'ReminderSent': {
      const left = timeLeft(event.data.deadline, Date.parse(occurredAt), lang, 'nearest');
      return zh
        ? {
            title: `期限提醒：${listing.title}`,
            body: `${subject}的${kindName}为 ${deadline}，${left}。`,
          }
        : {
            title: `Deadline reminder: ${listing.title}`,
            body: `The ${kindName} of ${subject} is ${deadline}, ${left}.`,
          };
    }
    case 'DeadlineMissed':
      return zh
        ? {
            title: `已逾期：${listing.title}`,
            body: `${subject}的${kindName}（${deadline}）已过，案件列为逾期。`,
          }
        : {
            title: `Overdue: ${listing.title}`,
            body: `The ${kindName} of ${subject} passed on ${deadline}; the case is overdue.`,
          };
    case 'EscalationRaised': {
      const level = ESCALATION_LEVEL_WORDS[event.data.level][lang];
      return zh
        ? {
            title: `${level}：${listing.title}`,
            body: `${subject}的${kindName}（${deadline}）逾期未办，已发出${level}。`,
          }
        : {
            title: `${level[0].toUpperCase()}${level.slice(1)}: ${listing.title}`,
            body: `The ${kindName} of ${subject} passed on ${deadline} and is still unmet; a ${level} has been issued.`,
          };
    }
    default: {
      const unreachable: never = event;
      throw new Error(`no notice for ${JSON.stringify(unreachable)}`);
    }
  }
}
