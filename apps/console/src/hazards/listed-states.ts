import { CASE_STATE_WORDS } from '@hazard/domain/vocabulary';
import type { CaseState } from '@hazard/workflows';

/** The states a listed case goes through, in the workflow's order (the vocabulary's). */
export const LISTED_STATES = (Object.keys(CASE_STATE_WORDS) as CaseState[]).filter(
  (state) => state !== 'unlisted',
);
