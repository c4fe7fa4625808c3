import type { CaseSnapshot } from '@hazard/workflows';
import type { EventStore } from '@hazard/event-store';
import { caseIdOf, loadCase } from '@hazard/cases';

export interface OpenCase {
  caseId: string;
  snapshot: CaseSnapshot;
}

const SCAN_BATCH = 5000;

/** Ids of the cases listed and not yet closed, from the event store alone. */
export async function openCaseIds(store: EventStore): Promise<Set<string>> {
  const open = new Set<string>();
  let after: bigint | null = null;
  for (;;) {
    const batch = await store.readAll(after, SCAN_BATCH);
    for (const event of batch) {
      const caseId = caseIdOf(event.streamId);
      if (caseId === null) continue;
      if (event.type === 'HazardListed') open.add(caseId);
      else if (event.type === 'CaseClosed') open.delete(caseId);
    }
    if (batch.length < SCAN_BATCH) return open;
    after = batch[batch.length - 1].position;
  }
}

/** The open cases folded from their streams, a page at a time. */
export async function* openCasePages(
  store: EventStore,
  caseIds: Iterable<string>,
  pageSize = 1000,
): AsyncGenerator<OpenCase[]> {
  let page: string[] = [];
  const load = async (ids: string[]) =>
    Promise.all(
      ids.map(async (caseId) => ({ caseId, snapshot: (await loadCase(store, caseId)).snapshot })),
    );
  for (const caseId of caseIds) {
    page.push(caseId);
    if (page.length === pageSize) {
      yield await load(page);
      page = [];
    }
  }
  if (page.length > 0) yield await load(page);
}
