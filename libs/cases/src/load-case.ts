import type { CaseSnapshot } from '@hazard/workflows';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { CaseNotFoundError, foldCase } from '@hazard/domain';
import { caseStreamId, toHazardEvent } from './case-stream';

export interface LoadedCase {
  snapshot: CaseSnapshot;
  events: RecordedEvent[];
  version: number;
}

export async function loadCase(store: EventStore, caseId: string): Promise<LoadedCase> {
  const events = await store.read(caseStreamId(caseId));
  if (events.length === 0) throw new CaseNotFoundError(caseId);
  return { snapshot: foldCase(events.map(toHazardEvent)), events, version: events.length };
}
