import type { EventStore } from '@hazard/event-store';
import {
  evolveCase,
  evolveGeneralHazard,
  initialCaseSnapshot,
  initialGeneralHazardSnapshot,
} from '@hazard/domain';
import { caseIdOf, generalHazardIdOf, toGeneralHazardEvent, toHazardEvent } from '@hazard/commands';
import type { CaseSnapshot, GeneralHazardSnapshot } from '@hazard/workflows';

/** The streams with deadlines still to come, each folded to its current state. */
export interface OpenStreams {
  cases: Map<string, CaseSnapshot>;
  generalHazards: Map<string, GeneralHazardSnapshot>;
  /** The position of the last event folded: what came later is not in these states. */
  position: bigint | null;
}

const SCAN_BATCH = 5000;
const CLOSING_GENERAL = new Set(['GeneralHazardVerified', 'GeneralHazardEscalated']);

/**
 * The cases and general hazards not yet closed, folded in one pass over the whole log: every
 * event is read once, in order, and applied to its stream's state (no read per stream). Closed
 * streams are dropped as soon as they close, so only the open ones are held in memory.
 */
export async function foldOpenStreams(
  store: EventStore,
  signal?: AbortSignal,
): Promise<OpenStreams> {
  const open: OpenStreams = { cases: new Map(), generalHazards: new Map(), position: null };
  // A closed stream stays closed, whatever might follow in it.
  const closed = new Set<string>();
  let after: bigint | null = null;
  for (;;) {
    if (signal?.aborted) return open;
    const batch = await store.readAll(after, SCAN_BATCH);
    for (const event of batch) {
      open.position = event.position;
      if (closed.has(event.streamId)) continue;
      const caseId = caseIdOf(event.streamId);
      if (caseId !== null) {
        if (event.type === 'CaseClosed') {
          open.cases.delete(caseId);
          closed.add(event.streamId);
        } else {
          const folded = open.cases.get(caseId) ?? initialCaseSnapshot();
          open.cases.set(caseId, evolveCase(folded, toHazardEvent(event)));
        }
        continue;
      }
      const hazardId = generalHazardIdOf(event.streamId);
      if (hazardId === null) continue;
      if (CLOSING_GENERAL.has(event.type)) {
        open.generalHazards.delete(hazardId);
        closed.add(event.streamId);
      } else {
        const folded = open.generalHazards.get(hazardId) ?? initialGeneralHazardSnapshot();
        open.generalHazards.set(hazardId, evolveGeneralHazard(folded, toGeneralHazardEvent(event)));
      }
    }
    if (batch.length < SCAN_BATCH) return open;
    after = batch[batch.length - 1].position;
  }
}

/** The streams with deadlines that have events after `position`. */
export async function streamsChangedSince(
  store: EventStore,
  position: bigint | null,
): Promise<Set<string>> {
  const changed = new Set<string>();
  let after = position;
  for (;;) {
    const batch = await store.readAll(after, SCAN_BATCH);
    for (const event of batch) {
      if (caseIdOf(event.streamId) !== null || generalHazardIdOf(event.streamId) !== null) {
        changed.add(event.streamId);
      }
    }
    if (batch.length < SCAN_BATCH) return changed;
    after = batch[batch.length - 1].position;
  }
}
