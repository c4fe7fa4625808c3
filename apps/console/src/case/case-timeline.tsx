import { Alert, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../api/types';
import { colon, formatDateTime, inParentheses } from '../i18n/format';
import { useI18n } from '../i18n/language';
import {
  CASE_EVENT_WORDS,
  DEADLINE_KIND_WORDS,
  ESCALATION_LEVEL_WORDS,
  ROLE_WORDS,
} from '@hazard/domain/vocabulary';
import type { Language } from '@hazard/domain/vocabulary';
import { wordOf } from '../i18n/words';
import { useCaseEvents } from './case.api';

const WHY_FIELDS = ['reason', 'note', 'summary'] as const;

const COLOURS: Record<string, string> = {
  CaseClosed: 'green',
  DeadlineMissed: 'red',
  EscalationRaised: 'red',
  PlanRejected: 'orange',
  RectificationRejected: 'orange',
  ExtensionRefused: 'orange',
  ReminderSent: 'gray',
};

/** What an event says beyond its name: the leader, the deadline, the level. */
function detailOf(entry: HistoryEntry, language: Language): string | null {
  const data = entry.data;
  const leader = data.leader as { name: string } | undefined;
  if (leader) return leader.name;
  const plan = data.plan as { responsibleDepartment: string; deadline: string } | undefined;
  if (plan) return `${plan.responsibleDepartment} · ${formatDateTime(plan.deadline, language)}`;
  const parts: string[] = [];
  if (typeof data.kind === 'string') {
    parts.push(wordOf(DEADLINE_KIND_WORDS, data.kind, language));
  }
  if (typeof data.deadline === 'string') parts.push(formatDateTime(data.deadline, language));
  if (typeof data.level === 'string') {
    parts.push(wordOf(ESCALATION_LEVEL_WORDS, data.level, language));
  }
  return parts.length ? parts.join(' · ') : null;
}

/** The case's history from its own events: who did what, when and why. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { language, m } = useI18n();
  const { data, error, isPending } = useCaseEvents(caseId);
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  if (isPending) return <Typography.Paragraph>{m.common.loading}</Typography.Paragraph>;
  return (
    <Timeline
      items={data.map((entry) => {
        const actor = entry.metadata.actor;
        const why = WHY_FIELDS.map((f) => entry.data[f]).find((v) => typeof v === 'string');
        const detail = detailOf(entry, language);
        return {
          key: entry.id,
          color: COLOURS[entry.type] ?? 'blue',
          content: (
            <article className="timeline-entry">
              <strong>{wordOf(CASE_EVENT_WORDS, entry.type, language)}</strong>
              {detail && <span>{colon(language) + detail}</span>}
              <div>
                <time dateTime={entry.metadata.occurredAt}>
                  {formatDateTime(entry.metadata.occurredAt, language)}
                </time>
                {actor && (
                  <span>
                    {' · '}
                    {m.case.by}
                    {colon(language)}
                    {actor.name}
                    {inParentheses(wordOf(ROLE_WORDS, actor.role, language), language)}
                  </span>
                )}
              </div>
              {typeof why === 'string' && (
                <div>
                  {m.case.why}
                  {colon(language)}
                  {why}
                </div>
              )}
            </article>
          ),
        };
      })}
    />
  );
}
