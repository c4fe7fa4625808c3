import type { CaseSnapshot } from '@hazard/workflows';
import type { EventStore } from '@hazard/event-store';
import { CaseNotFoundError, foldCase } from '@hazard/domain';
import { caseStream } from './case-stream';
import type { CaseEvent } from './case-stream';

export interface LoadedCase {
  snapshot: CaseSnapshot;
  events: CaseEvent[];
  version: number;
}

export async function loadCase(store: EventStore, caseId: string): Promise<LoadedCase> {
  const events = (await store.read(caseStream.streamId(caseId))).map(caseStream.decode);
  if (events.length === 0) throw new CaseNotFoundError(caseId);
  return { snapshot: foldCase(events), events, version: events.length };
}
