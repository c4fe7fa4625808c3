import { Inject, Injectable } from '@nestjs/common';
import type { HazardEvent } from '@hazard/workflows';
import { caseFacts, CaseNotFoundError, CLOCK, DEADLINE_POLICY, foldCase } from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy, EventMetadata } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import { assertCanSeeCase } from './case-scope';

export type CaseHistoryEntry = HazardEvent & {
  id: string;
  /** 0-based place in the case's stream; `version` after it is revision + 1. */
  revision: number;
  /** Global position in the store, as a string (it may exceed 2^53 on EventStoreDB). */
  position: string;
  metadata: EventMetadata;
};

/** Events after revision `after` (all when omitted), at most `limit` of them. */
export interface CaseHistoryPaging {
  after?: number;
  limit: number;
}

export interface CaseHistoryPage {
  items: CaseHistoryEntry[];
  /** Pass as `after` for the next page; null when this page reaches the latest event. */
  nextCursor: number | null;
}

/** The case's history, straight from its stream: the record, not a projection of it. */
@Injectable()
export class CaseHistoryQuery {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {}

  async history(actor: Actor, caseId: string, paging: CaseHistoryPaging): Promise<CaseHistoryPage> {
    const events = (await this.store.read(caseStream.streamId(caseId))).map(caseStream.decode);
    if (events.length === 0) throw new CaseNotFoundError(caseId);
    // Who may see the case is judged on all of it, whichever page is asked for.
    const facts = caseFacts(foldCase(events), { asOf: this.clock.now(), policy: this.policy });
    assertCanSeeCase(actor, facts?.listing.town ?? '', facts?.leader?.id ?? null);
    const from = paging.after === undefined ? 0 : paging.after + 1;
    const page = events.slice(from, from + paging.limit);
    const last = page.at(-1);
    return {
      items: page.map(({ streamId: _stream, position, ...event }) => ({
        ...event,
        position: position.toString(),
      })),
      nextCursor: last && last.revision < events.length - 1 ? last.revision : null,
    };
  }
}
