import { Inject, Injectable } from '@nestjs/common';
import type { HazardEvent } from '@hazard/workflows';
import { CaseNotFoundError, foldCase } from '@hazard/domain';
import type { Actor, EventMetadata } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { caseStream } from '@hazard/cases';
import { assertCanSeeCase } from './case-scope';

export type CaseHistoryEntry = HazardEvent & {
  id: string;
  /** 0-based place in the case's stream; `version` after it is revision + 1. */
  revision: number;
  /** Global position in the store, as a string (it may exceed 2^53 on EventStoreDB). */
  position: string;
  metadata: EventMetadata;
};

/** The case's full history, straight from its stream: the record, not a projection of it. */
@Injectable()
export class CaseHistoryQuery {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async history(actor: Actor, caseId: string): Promise<CaseHistoryEntry[]> {
    const events = (await this.store.read(caseStream.streamId(caseId))).map(caseStream.decode);
    if (events.length === 0) throw new CaseNotFoundError(caseId);
    const { context } = foldCase(events);
    assertCanSeeCase(actor, context.listing?.town ?? '', context.leader?.id ?? null);
    return events.map(({ streamId, position, ...event }) => ({
      ...event,
      position: position.toString(),
    }));
  }
}
