import { Tag } from 'antd';
import type { CaseState, EscalationLevel, Priority } from '@hazard/workflows';
import type { DeadlineInForce } from '../api/types';
import { colon, formatDateTime, inParentheses, timeLeft } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useNow } from '../shell/use-now';
import {
  CASE_STATE_WORDS,
  DEADLINE_KIND_WORDS,
  ESCALATION_LEVEL_WORDS,
  PRIORITY_WORDS,
} from '@hazard/domain/vocabulary';

/** Solid tags with white text: each colour keeps WCAG AA contrast (the presets do not). */
const PRIORITY_COLOURS: Record<Priority, string> = {
  urgent: '#a8071a',
  serious: '#ad4e00',
  minor: '#0958d9',
  deferrable: '#595959',
};
const OPEN = '#0958d9';
const CLOSED = '#237804';
const OVERDUE = '#a8071a';

export function PriorityTag({ priority }: { priority: Priority }) {
  const { say } = useI18n();
  return <Tag color={PRIORITY_COLOURS[priority]}>{say(PRIORITY_WORDS[priority])}</Tag>;
}

export function StateTag({ state }: { state: CaseState }) {
  const { say } = useI18n();
  return <Tag color={state === 'closed' ? CLOSED : OPEN}>{say(CASE_STATE_WORDS[state])}</Tag>;
}

export function EscalationTag({ level }: { level: EscalationLevel | null }) {
  const { say, m } = useI18n();
  return <Tag color={OVERDUE}>{level ? say(ESCALATION_LEVEL_WORDS[level]) : m.case.overdue}</Tag>;
}

/** A deadline as a date and as time left in words (还剩 2 天 / 已逾期 3 天). */
export function DeadlineText({
  deadline,
  overdue,
  withKind,
}: {
  deadline: DeadlineInForce;
  overdue: boolean;
  withKind?: boolean;
}) {
  const { language, say } = useI18n();
  const now = useNow();
  return (
    <span>
      {withKind && say(DEADLINE_KIND_WORDS[deadline.kind]) + colon(language)}
      <time dateTime={deadline.deadline}>{formatDateTime(deadline.deadline, language)}</time>{' '}
      <span className={overdue ? 'overdue' : undefined}>
        {inParentheses(timeLeft(deadline.deadline, now, language), language)}
      </span>
    </span>
  );
}
