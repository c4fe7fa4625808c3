import type { CaseSnapshot } from '@hazard/workflows';
import type { EventStore } from '@hazard/event-store';
import { CaseNotFoundError } from '@hazard/domain';
import { caseStream } from './case-stream';
import { MAJOR_HAZARD_STREAMS } from './handle-case-command';
import { loadFolded } from './folded-streams';

export interface LoadedCase {
  snapshot: CaseSnapshot;
  version: number;
}

/** A case folded to its last event, from its snapshot on (see folded-streams). */
export async function loadCase(store: EventStore, caseId: string): Promise<LoadedCase> {
  const { folded } = await loadFolded(store, MAJOR_HAZARD_STREAMS, caseStream.streamId(caseId));
  if (folded.version === 0) throw new CaseNotFoundError(caseId);
  return { snapshot: folded.state, version: folded.version };
}
