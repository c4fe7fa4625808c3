import type Database from 'better-sqlite3';
import type { Checkpoint, CheckpointedWrite, CheckpointStore } from './checkpoint-store';

interface Row {
  position: bigint | null;
  version: bigint;
}

/**
 * Checkpoints kept in the same SQLite database as the rows they guard, so that a page of rows
 * and its checkpoint are written in one transaction. The only place checkpoints are stored.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly get;
  private readonly put;
  private readonly commit;

  constructor(db: Database.Database) {
    createCheckpointsTable(db);
    // Positions are 64-bit (EventStoreDB's commit positions may pass 2^53): read them exactly.
    this.get = db
      .prepare<[string], Row>('SELECT position, version FROM checkpoints WHERE subscriber = ?')
      .safeIntegers(true);
    this.put = db.prepare<[string, bigint | null, number]>(
      `INSERT INTO checkpoints (subscriber, position, version) VALUES (?, ?, ?)
       ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position,
         version = excluded.version`,
    );
    this.commit = db.transaction(
      (subscriber: string, checkpoint: Checkpoint, write?: CheckpointedWrite) => {
        write?.();
        this.put.run(subscriber, checkpoint.position, checkpoint.version);
      },
    );
  }

  async load(subscriber: string): Promise<Checkpoint | null> {
    const row = this.get.get(subscriber);
    return row ? { position: row.position, version: Number(row.version) } : null;
  }

  async save(subscriber: string, checkpoint: Checkpoint, write?: CheckpointedWrite): Promise<void> {
    this.commit(subscriber, checkpoint, write);
  }
}

/**
 * A table from before versioned projections (no `version` column) is carried over with
 * version 0, so that every projection finds its version changed and replays once.
 */
function createCheckpointsTable(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(checkpoints)').all();
  if (columns.length > 0 && columns.some((c) => c.name === 'version')) return;
  db.transaction(() => {
    db.exec(`CREATE TABLE checkpoints_v (
      subscriber TEXT PRIMARY KEY,
      position   INTEGER,
      version    INTEGER NOT NULL
    )`);
    if (columns.length > 0) {
      db.exec(`INSERT INTO checkpoints_v SELECT subscriber, position, 0 FROM checkpoints;
        DROP TABLE checkpoints`);
    }
    db.exec('ALTER TABLE checkpoints_v RENAME TO checkpoints');
  })();
}
