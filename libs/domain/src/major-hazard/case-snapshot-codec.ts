import type { StateValue } from 'xstate';
import { majorHazardMachine } from '@hazard/workflows';
import type { CaseContext, CaseSnapshot } from '@hazard/workflows';

/** What a read model keeps of a case to fold onwards from: the machine's value and context. */
export interface StoredCaseSnapshot {
  value: StateValue;
  context: CaseContext;
}

export const storeCaseSnapshot = (snapshot: CaseSnapshot): StoredCaseSnapshot => ({
  value: snapshot.value,
  context: snapshot.context,
});

/** The live snapshot back, tags and all, as the machine resolves it. */
export const restoreCaseSnapshot = (stored: StoredCaseSnapshot): CaseSnapshot =>
  majorHazardMachine.resolveState(stored);
