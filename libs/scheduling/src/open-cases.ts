import type { EventStore } from '@hazard/event-store';
import { caseIdOf, generalHazardIdOf, loadCase, loadGeneralHazard } from '@hazard/commands';

/** The streams with deadlines still to come: open cases and open general hazards. */
export interface OpenStreams {
  cases: Set<string>;
  generalHazards: Set<string>;
}

const SCAN_BATCH = 5000;
const CLOSING_GENERAL = new Set(['GeneralHazardVerified', 'GeneralHazardEscalated']);

/** Ids of the cases and general hazards not yet closed, from the event store alone. */
export async function openStreamIds(store: EventStore): Promise<OpenStreams> {
  const open: OpenStreams = { cases: new Set(), generalHazards: new Set() };
  let after: bigint | null = null;
  for (;;) {
    const batch = await store.readAll(after, SCAN_BATCH);
    for (const event of batch) {
      const caseId = caseIdOf(event.streamId);
      if (caseId !== null) {
        if (event.type === 'HazardListed') open.cases.add(caseId);
        else if (event.type === 'CaseClosed') open.cases.delete(caseId);
        continue;
      }
      const hazardId = generalHazardIdOf(event.streamId);
      if (hazardId === null) continue;
      if (event.type === 'GeneralHazardFound') open.generalHazards.add(hazardId);
      else if (CLOSING_GENERAL.has(event.type)) open.generalHazards.delete(hazardId);
    }
    if (batch.length < SCAN_BATCH) return open;
    after = batch[batch.length - 1].position;
  }
}

/** Folds streams a page at a time, so a large store is never all in memory at once. */
export async function* foldedPages<T>(
  ids: Iterable<string>,
  load: (id: string) => Promise<T>,
  pageSize = 1000,
): AsyncGenerator<Array<{ id: string; folded: T }>> {
  let page: string[] = [];
  const fold = (chunk: string[]) =>
    Promise.all(chunk.map(async (id) => ({ id, folded: await load(id) })));
  for (const id of ids) {
    page.push(id);
    if (page.length === pageSize) {
      yield await fold(page);
      page = [];
    }
  }
  if (page.length > 0) yield await fold(page);
}

export const loadCaseSnapshot = (store: EventStore) => async (caseId: string) =>
  (await loadCase(store, caseId)).snapshot;

export const loadGeneralHazardSnapshot = (store: EventStore) => async (hazardId: string) =>
  (await loadGeneralHazard(store, hazardId)).snapshot;
