import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { CaseSnapshot } from '@hazard/workflows';
import { foldCase, initialCaseSnapshot, restoreCaseSnapshot } from '@hazard/domain';
import type { DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { CheckpointedWrite, EventStore, Projection } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import type { CaseEvent } from '@hazard/commands';
import { hazardCaseRow } from './hazard-case.row';
import { changeableColumnsOf, prepareWriter, storedColumnsOf } from './hazard-case.writer';
import type { ChangeableColumns, StoredCaseRow } from './hazard-case.writer';
import {
  createHazardCasesIndexes,
  createHazardCasesTables,
  dropHazardCasesSchema,
} from './hazard-cases.schema';

export const HAZARD_CASES_SUBSCRIBER = 'read-models/hazard-cases';

/** Cases whose folded snapshot stays in memory between pages (a few kB each). */
const RECENT_CASES = 100_000;

/** A case as folded so far, keyed by its stream id. */
interface FoldedCase {
  snapshot: CaseSnapshot;
  /** How many of its events are folded in: the revision of the next one. */
  version: number;
  listedPosition: number;
  listedAt: string;
  /** Its row's changeable columns as in the table; null when not known to be there. */
  stored: ChangeableColumns | null;
}

/** A case in the page being handled: folded onwards by the page's events. */
interface CaseInPage extends FoldedCase {
  /** The last event this page folded in; null while the page has changed nothing. */
  last: CaseEvent | null;
}

const occurredAt = (event: CaseEvent): string => event.metadata.occurredAt ?? '';

const restore = (json: string): CaseSnapshot =>
  restoreCaseSnapshot(JSON.parse(json) as StoredCaseSnapshot);

/**
 * Keeps one `hazard_cases` row per case. Each event is folded through the machine onto the
 * case's snapshot, so state, deadlines and the overdue flag come from the same machine the
 * commands use. A page's cases stay in memory while the page is folded, and each is written
 * once, in the transaction of the page's checkpoint; an event the row already reflects
 * (redelivery) changes nothing. The projection is the only writer of its rows, so the cases
 * it wrote recently are folded on from memory rather than read back and restored.
 */
export class HazardCasesProjection implements Projection<CaseEvent> {
  readonly name = HAZARD_CASES_SUBSCRIBER;
  /** Bump when the rows' layout or what they are derived into changes: they are replayed. */
  readonly version = 2;
  readonly checkpoints: SqliteCheckpointStore;
  readonly handles = caseStream.holds;
  private readonly select;
  private readonly writer;
  /** Cases as committed: never ahead of the rows (see `committed`). */
  private readonly recent = new LRUCache<string, FoldedCase>({ max: RECENT_CASES });
  /** The page written and not yet known to be committed. */
  private pending: Map<string, CaseInPage> | null = null;
  /** False from emptying to the end of the replay that follows (see caughtUp). */
  private indexed = false;

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
    private readonly policy: DeadlinePolicy,
  ) {
    this.checkpoints = new SqliteCheckpointStore(db);
    this.select = db.prepare<[string], StoredCaseRow>(
      `SELECT c.*, s.snapshot
       FROM hazard_cases c JOIN hazard_case_snapshots s USING (listed_position) WHERE c.id = ?`,
    );
    this.writer = prepareWriter(db);
  }

  async handle(events: CaseEvent[]): Promise<CheckpointedWrite> {
    // A page handled before and not committed (it failed) is forgotten.
    this.pending = null;
    const cases = new Map<string, CaseInPage>();
    for (const event of events) {
      let entry = cases.get(event.streamId) ?? this.known(event.streamId);
      if (entry && entry.version > event.revision) continue;
      if (!entry || entry.version < event.revision) entry = await this.before(event);
      entry.snapshot = foldCase([event], entry.snapshot);
      entry.version = event.revision + 1;
      entry.last = event;
      cases.set(event.streamId, entry);
    }
    this.pending = cases;
    return () => {
      for (const entry of cases.values()) this.write(entry);
    };
  }

  committed(): void {
    for (const [streamId, { last, ...folded }] of this.pending ?? []) {
      if (last) this.recent.set(streamId, folded);
    }
    this.pending = null;
  }

  /**
   * Without the secondary indexes: SQLite updates every index on a column written, and a
   * replay writes a row per event. They are built once the replay has caught up.
   */
  truncate(): CheckpointedWrite {
    this.recent.clear();
    this.pending = null;
    this.indexed = false;
    return () => {
      dropHazardCasesSchema(this.db);
      createHazardCasesTables(this.db);
    };
  }

  caughtUp(): void {
    if (this.indexed) return;
    createHazardCasesIndexes(this.db);
    this.indexed = true;
  }

  /** The case as last committed, from memory or from its row; null if it has no row. */
  private known(streamId: string): CaseInPage | null {
    const recent = this.recent.get(streamId);
    if (recent) return { ...recent, last: null };
    const caseId = caseStream.idOf(streamId);
    const row = caseId === null ? undefined : this.select.get(caseId);
    if (!row) return null;
    return {
      snapshot: restore(row.snapshot),
      version: row.version,
      listedPosition: row.listed_position,
      listedAt: row.listed_at,
      stored: storedColumnsOf(row),
      last: null,
    };
  }

  /** The case as it stood before `event`: nothing for a listing, else the stream's prefix. */
  private async before(event: CaseEvent): Promise<CaseInPage> {
    if (event.revision === 0) {
      return {
        snapshot: initialCaseSnapshot(),
        version: 0,
        listedPosition: Number(event.position),
        listedAt: occurredAt(event),
        stored: null,
        last: null,
      };
    }
    // Only reached if the row went missing or fell behind the checkpoint: re-fold from the store.
    const earlier = (await this.store.read(event.streamId))
      .slice(0, event.revision)
      .map(caseStream.decode);
    return {
      snapshot: foldCase(earlier),
      version: event.revision,
      listedPosition: Number(earlier[0].position),
      listedAt: occurredAt(earlier[0]),
      stored: null,
      last: null,
    };
  }

  private write(entry: CaseInPage): void {
    const { last } = entry;
    if (!last) return;
    const row = hazardCaseRow(
      entry.snapshot,
      {
        version: entry.version,
        listedAt: entry.listedAt,
        updatedAt: occurredAt(last),
        listedPosition: entry.listedPosition,
        lastPosition: Number(last.position),
      },
      this.policy,
    );
    if (!row) return;
    this.writer.write(row, entry.stored);
    entry.stored = changeableColumnsOf(row);
  }
}
