export const DAILY_REPORT_QUEUE = 'daily-report';
/** The one job scheduler: upserting it again (every start-up) replaces, never duplicates. */
export const DAILY_REPORT_SCHEDULER_ID = 'daily-report';
export const ISSUE_DAILY_REPORT_JOB = 'issue-daily-report';
