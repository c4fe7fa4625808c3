import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { caseStateOf } from '@hazard/workflows';
import type { CaseSnapshot, CaseState, Listing } from '@hazard/workflows';
import {
  evolveCase,
  initialCaseSnapshot,
  listingOfCase,
  restoreCaseSnapshotWithListing,
  storeCaseSnapshotWithoutListing,
} from '@hazard/domain';
import type { DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { CheckpointedWrite, Projection, RecordedEvent } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import { closureRef, occurredAtMs, refOf } from '../weekly-digest.builder';
import { createDigestTimelineTables, dropDigestTimelineTables } from './digest-timeline.schema';

export const DIGEST_TIMELINE_SUBSCRIBER = 'reporting/digest-timeline';

/** Cases whose latest snapshot stays in memory between pages. */
const RECENT_CASES = 100_000;

/** A case as of its last event in the timeline. */
interface TimelineCase {
  caseKey: number;
  snapshot: CaseSnapshot;
  state: CaseState;
  /** The ordinal its open interval starts at; null before its first change. */
  openFrom: number | null;
  listed: boolean;
}

/** The snapshot as an interval stores it: without the listing, which its case row holds. */
export const intervalJson = (snapshot: CaseSnapshot): string =>
  JSON.stringify(storeCaseSnapshotWithoutListing(snapshot));

export const restoreInterval = (json: string, listing: Listing | null): CaseSnapshot =>
  restoreCaseSnapshotWithListing(JSON.parse(json) as StoredCaseSnapshot, listing);

interface Tip {
  ord: number;
  reachMs: number | null;
  position: bigint | null;
}

/**
 * Feeds the digest's temporal read model (see digest-timeline.schema): every event is
 * numbered, and each case's events are folded through the machine, as the digest's fold
 * does, into intervals of its snapshot. Each page is written in one transaction with the
 * checkpoint; the cases it touched stay in memory once committed. Another process on the
 * same file (the CLI beside the API) may have taken in a page first: events already in the
 * log are skipped, memory is forgotten when the log grew under it, and a page whose log moved
 * before its transaction is refused, so that it is taken again.
 */
export class DigestTimelineProjection implements Projection {
  readonly name = DIGEST_TIMELINE_SUBSCRIBER;
  readonly version = 1;
  readonly checkpoints: SqliteCheckpointStore;
  private readonly recent = new LRUCache<string, TimelineCase>({ max: RECENT_CASES });
  private pending: Map<string, TimelineCase> | null = null;
  /** The log's last ordinal as this process last committed it; memory holds up to it. */
  private committedOrd: number | null = null;
  private pendingOrd: number | null = null;
  private readonly sql;

  constructor(
    private readonly db: Database.Database,
    private readonly policy: DeadlinePolicy,
  ) {
    createDigestTimelineTables(db);
    this.checkpoints = new SqliteCheckpointStore(db);
    this.sql = {
      tip: db
        .prepare<[], { ord: bigint; reach_ms: bigint | null; position: bigint }>(
          'SELECT ord, reach_ms, position FROM digest_log ORDER BY ord DESC LIMIT 1',
        )
        .safeIntegers(true),
      caseRow: db.prepare<
        [string],
        { case_key: number; listing: string | null; open_from: number | null }
      >('SELECT case_key, listing, open_from FROM digest_cases WHERE stream_id = ?'),
      interval: db.prepare<[number, number], { snapshot: string }>(
        'SELECT snapshot FROM digest_intervals WHERE case_key = ? AND from_ord = ?',
      ),
      nextCaseKey: db.prepare<[], { key: number | null }>(
        'SELECT MAX(case_key) AS key FROM digest_cases',
      ),
      log: db.prepare(
        `INSERT INTO digest_log
           (ord, position, occurred_ms, reach_ms, case_key, type, from_state, to_state, ref)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      addCase: db.prepare('INSERT INTO digest_cases (case_key, stream_id) VALUES (?, ?)'),
      listCase: db.prepare('UPDATE digest_cases SET listing = ? WHERE case_key = ?'),
      openFrom: db.prepare('UPDATE digest_cases SET open_from = ? WHERE case_key = ?'),
      open: db.prepare(
        'INSERT INTO digest_intervals (case_key, from_ord, snapshot) VALUES (?, ?, ?)',
      ),
    };
  }

  handles(event: RecordedEvent): event is RecordedEvent {
    return event !== null;
  }

  handle(events: RecordedEvent[]): CheckpointedWrite {
    this.pending = null;
    const tip = this.tip();
    if (tip.ord !== this.committedOrd) this.recent.clear();
    let { ord, reachMs } = tip;
    let nextKey = (this.sql.nextCaseKey.get()?.key ?? 0) + 1;
    const cases = new Map<string, TimelineCase>();
    const writes: Array<() => void> = [];
    for (const event of events) {
      if (tip.position !== null && event.position <= tip.position) continue;
      ord += 1;
      const at = occurredAtMs(event);
      if (at !== null && (reachMs === null || at > reachMs)) reachMs = at;
      const caseId = caseStream.idOf(event.streamId);
      if (caseId === null) {
        const row = [ord, event.position, at, reachMs, null, null, null, null, null] as const;
        writes.push(() => this.sql.log.run(...row));
        continue;
      }
      let entry = cases.get(event.streamId) ?? this.known(event.streamId);
      if (!entry) {
        entry = {
          caseKey: nextKey++,
          snapshot: initialCaseSnapshot(),
          state: 'unlisted',
          openFrom: null,
          listed: false,
        };
        const { caseKey } = entry;
        const streamId = event.streamId;
        writes.push(() => this.sql.addCase.run(caseKey, streamId));
      } else {
        entry = { ...entry };
      }
      const hazardEvent = caseStream.decode(event);
      const after = evolveCase(entry.snapshot, hazardEvent);
      const to = caseStateOf(after);
      // Named as the fold names them: a listing by what it lists, a closure by the case.
      const ref =
        hazardEvent.type === 'HazardListed'
          ? JSON.stringify(refOf(hazardEvent.data))
          : hazardEvent.type === 'CaseClosed'
            ? JSON.stringify(closureRef(caseId, after, new Date(at ?? 0), this.policy))
            : null;
      const row = [
        ord,
        event.position,
        at,
        reachMs,
        entry.caseKey,
        event.type,
        entry.state,
        to,
        ref,
      ] as const;
      writes.push(() => this.sql.log.run(...row));
      if (after !== entry.snapshot) this.changed(entry, after, ord, writes);
      entry.snapshot = after;
      entry.state = to;
      cases.set(event.streamId, entry);
    }
    this.pending = cases;
    this.pendingOrd = ord;
    return () => {
      if (this.tip().ord !== tip.ord) {
        throw new Error('another process took in events meanwhile; taking the page again');
      }
      for (const write of writes) write();
      for (const entry of cases.values()) this.sql.openFrom.run(entry.openFrom, entry.caseKey);
    };
  }

  committed(): void {
    for (const [streamId, entry] of this.pending ?? []) this.recent.set(streamId, entry);
    this.committedOrd = this.pendingOrd;
    this.pending = null;
  }

  truncate(): CheckpointedWrite {
    this.recent.clear();
    this.pending = null;
    return () => {
      dropDigestTimelineTables(this.db);
      createDigestTimelineTables(this.db);
    };
  }

  /** A new snapshot: the case's next interval begins here. */
  private changed(
    entry: TimelineCase,
    after: CaseSnapshot,
    ord: number,
    writes: Array<() => void>,
  ): void {
    const { caseKey } = entry;
    const json = intervalJson(after);
    writes.push(() => this.sql.open.run(caseKey, ord, json));
    const listed = listingOfCase(after);
    if (!entry.listed && listed) {
      const listing = JSON.stringify(listed);
      writes.push(() => this.sql.listCase.run(listing, caseKey));
      entry.listed = true;
    }
    entry.openFrom = ord;
  }

  private tip(): Tip {
    const row = this.sql.tip.get();
    if (!row) return { ord: 0, reachMs: null, position: null };
    const reachMs = row.reach_ms === null ? null : Number(row.reach_ms);
    return { ord: Number(row.ord), reachMs, position: row.position };
  }

  /** The case as last committed, from memory or from its rows; null if it has none. */
  private known(streamId: string): TimelineCase | null {
    const recent = this.recent.get(streamId);
    if (recent) return recent;
    const row = this.sql.caseRow.get(streamId);
    if (!row) return null;
    const listing = row.listing === null ? null : (JSON.parse(row.listing) as Listing);
    const interval =
      row.open_from === null ? undefined : this.sql.interval.get(row.case_key, row.open_from);
    const snapshot = interval ? restoreInterval(interval.snapshot, listing) : initialCaseSnapshot();
    return {
      caseKey: row.case_key,
      snapshot,
      state: caseStateOf(snapshot),
      openFrom: row.open_from,
      listed: listing !== null,
    };
  }
}
