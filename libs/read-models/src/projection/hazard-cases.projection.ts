import type Database from 'better-sqlite3';
import type { CaseSnapshot } from '@hazard/workflows';
import { evolveCase, foldCase, initialCaseSnapshot, restoreCaseSnapshot } from '@hazard/domain';
import type { DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { caseIdOf, toHazardEvent } from '@hazard/cases';
import { hazardCaseRow, prepareUpsert } from './hazard-case.row';
import type { HazardCaseRow } from './hazard-case.row';

export const HAZARD_CASES_SUBSCRIBER = 'read-models/hazard-cases';

interface StoredRow {
  version: number;
  listed_position: number;
  listed_at: string;
  snapshot: string;
}

interface Base {
  snapshot: CaseSnapshot;
  listedPosition: number;
  listedAt: string;
}

const occurredAt = (event: RecordedEvent): string =>
  typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : '';

const restore = (json: string): CaseSnapshot =>
  restoreCaseSnapshot(JSON.parse(json) as StoredCaseSnapshot);

/**
 * Keeps one `hazard_cases` row per case. Each event is folded through the machine onto the
 * snapshot stored in the row, so state, deadlines and the overdue flag come from the same
 * machine the commands use. The row and the checkpoint are written in one transaction;
 * an event the row already reflects (redelivery) only moves the checkpoint.
 */
export class HazardCasesProjection {
  private readonly select;
  private readonly upsert;
  private readonly checkpoint;
  private readonly commit;

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
    private readonly policy: DeadlinePolicy,
  ) {
    this.select = db.prepare<[string], StoredRow>(
      `SELECT c.version, c.listed_position, c.listed_at, s.snapshot
       FROM hazard_cases c JOIN hazard_case_snapshots s USING (listed_position) WHERE c.id = ?`,
    );
    this.upsert = prepareUpsert(db);
    this.checkpoint = db.prepare<[string, number]>(
      `INSERT INTO checkpoints (subscriber, position) VALUES (?, ?)
       ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position`,
    );
    this.commit = db.transaction((row: HazardCaseRow | null, position: number) => {
      if (row) this.upsert.run(row);
      this.checkpoint.run(HAZARD_CASES_SUBSCRIBER, position);
    });
  }

  async handle(event: RecordedEvent): Promise<void> {
    const caseId = caseIdOf(event.streamId);
    const stored = caseId ? this.select.get(caseId) : undefined;
    if (!caseId || (stored && stored.version > event.revision)) {
      this.commit(null, Number(event.position));
      return;
    }
    const base = stored?.version === event.revision ? fromRow(stored) : await this.baseOf(event);
    const snapshot = evolveCase(base.snapshot, toHazardEvent(event));
    this.commit(this.rowOf(snapshot, base, event), Number(event.position));
  }

  /** The case as it stood before `event`: nothing for a listing, else the stream's prefix. */
  private async baseOf(event: RecordedEvent): Promise<Base> {
    if (event.revision === 0) {
      return {
        snapshot: initialCaseSnapshot(),
        listedPosition: Number(event.position),
        listedAt: occurredAt(event),
      };
    }
    // Only reached if the row went missing behind the checkpoint: re-fold from the store.
    const earlier = (await this.store.read(event.streamId)).slice(0, event.revision);
    return {
      snapshot: foldCase(earlier.map(toHazardEvent)),
      listedPosition: Number(earlier[0].position),
      listedAt: occurredAt(earlier[0]),
    };
  }

  private rowOf(snapshot: CaseSnapshot, base: Base, event: RecordedEvent): HazardCaseRow | null {
    const stamp = {
      version: event.revision + 1,
      listedAt: base.listedAt,
      updatedAt: occurredAt(event),
      listedPosition: base.listedPosition,
      lastPosition: Number(event.position),
    };
    return hazardCaseRow(snapshot, stamp, this.policy);
  }
}

function fromRow(row: StoredRow): Base {
  return {
    snapshot: restore(row.snapshot),
    listedPosition: row.listed_position,
    listedAt: row.listed_at,
  };
}
