import type { Priority } from '@hazard/workflows';

/** Local triage (急重轻缓) sets how long a newly assigned leader has to submit a plan. */
export interface DeadlinePolicy {
  planSubmissionDays: Record<Priority, number>;
  /** 验收: the committee checks a reported fix within this many days. */
  acceptanceDays: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  planSubmissionDays: { urgent: 3, serious: 7, minor: 15, deferrable: 30 },
  acceptanceDays: 10,
};
