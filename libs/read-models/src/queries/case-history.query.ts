import { Inject, Injectable } from '@nestjs/common';
import { CaseNotFoundError, foldCase } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore, JsonObject } from '@hazard/event-store';
import { caseStreamId, toHazardEvent } from '@hazard/cases';
import { assertCanSeeCase } from './case-scope';

export interface CaseHistoryEntry {
  id: string;
  type: string;
  /** 0-based place in the case's stream; `version` after it is revision + 1. */
  revision: number;
  /** Global position in the store, as a string (it may exceed 2^53 on EventStoreDB). */
  position: string;
  data: JsonObject;
  metadata: JsonObject;
}

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
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async history(actor: Actor, caseId: string, paging: CaseHistoryPaging): Promise<CaseHistoryPage> {
    const events = await this.store.read(caseStreamId(caseId));
    if (events.length === 0) throw new CaseNotFoundError(caseId);
    // Who may see the case is judged on all of it, whichever page is asked for.
    const { context } = foldCase(events.map(toHazardEvent));
    assertCanSeeCase(actor, context.listing?.town ?? '', context.leader?.id ?? null);
    const from = paging.after === undefined ? 0 : paging.after + 1;
    const page = events.slice(from, from + paging.limit);
    const last = page.at(-1);
    return {
      items: page.map((event) => ({
        id: event.id,
        type: event.type,
        revision: event.revision,
        position: event.position.toString(),
        data: event.data,
        metadata: event.metadata,
      })),
      nextCursor: last && last.revision < events.length - 1 ? last.revision : null,
    };
  }
}
