export const WEEKLY_DIGEST_QUEUE = 'weekly-digest';
/** The one job scheduler: upserting it again (every start-up) replaces, never duplicates. */
export const WEEKLY_DIGEST_SCHEDULER_ID = 'weekly-digest';
export const ISSUE_WEEKLY_DIGEST_JOB = 'issue-weekly-digest';
