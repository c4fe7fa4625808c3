import type { StateValue } from 'xstate';
import { generalHazardMachine } from '@hazard/workflows';
import type { GeneralHazardContext, GeneralHazardSnapshot } from '@hazard/workflows';

/** What a read model keeps of a general hazard to fold onwards from. */
export interface StoredGeneralHazardSnapshot {
  value: StateValue;
  context: GeneralHazardContext;
}

export const storeGeneralHazardSnapshot = (
  snapshot: GeneralHazardSnapshot,
): StoredGeneralHazardSnapshot => ({ value: snapshot.value, context: snapshot.context });

export const restoreGeneralHazardSnapshot = (
  stored: StoredGeneralHazardSnapshot,
): GeneralHazardSnapshot => generalHazardMachine.resolveState(stored);
