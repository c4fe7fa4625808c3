import type { FieldError } from '@hazard/domain';
import type { Language } from '../problem-details';

/** A 422 lists this many fields; a body with thousands of bad fields gets a short answer. */
const MAX_LISTED_FIELD_ERRORS = 20;

/**
 * Field messages written outside the HTTP layer (the domain's plan and deadline checks, ISO
 * weeks) are English sentences; these are their zh-CN wording. A message not listed
 * here is shown as it is.
 */
const DOMAIN_MESSAGES_ZH: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^must be later than now$/, () => '必须晚于当前时间'],
  [/^must be later than the current deadline \((.+)\)$/, (at) => `必须晚于当前期限（${at}）`],
  [/^must be an ISO-8601 date-time$/, () => '必须是 ISO-8601 日期时间'],
  [/^a responsible department is required$/, () => '必须填写责任单位'],
  [/^a responsible person is required$/, () => '必须填写责任人'],
  [/^at least one control measure is required$/, () => '至少需要一项管控措施'],
  [
    /^(\d{4}-W\d{2}) has not ended yet; it can be issued from (.+)$/,
    (week, from) => `${week} 尚未结束，${from} 起方可发布`,
  ],
  [
    /^must be an ISO week such as 2026-W48 \(got "(.*)"\)$/s,
    (got) => `必须是 ISO 周，如 2026-W48（收到“${got}”）`,
  ],
];

function inChinese(error: FieldError): string {
  const zh = (error as { zh?: unknown }).zh;
  if (typeof zh === 'string') return zh;
  for (const [pattern, render] of DOMAIN_MESSAGES_ZH) {
    const match = pattern.exec(error.message);
    if (match) return render(...match.slice(1));
  }
  return error.message;
}

export interface PresentedFieldErrors {
  errors: FieldError[];
  /** How many more fields failed than are listed. */
  omittedErrors?: number;
}

/** The first fields that failed, each in the problem's language, and how many were left out. */
export function presentFieldErrors(errors: FieldError[], language: Language): PresentedFieldErrors {
  const listed = errors.slice(0, MAX_LISTED_FIELD_ERRORS).map((error) => ({
    field: error.field,
    message: language === 'en' ? error.message : inChinese(error),
  }));
  const omitted = errors.length - listed.length;
  return omitted > 0 ? { errors: listed, omittedErrors: omitted } : { errors: listed };
}
