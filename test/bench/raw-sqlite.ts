import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { NewEvent } from '@hazard/event-store';
import { openEventsSchema } from '../../libs/event-store/src/sqlite/sqlite-schema';

/** The floor to compare with: one INSERT per transaction, same schema and durability. */
export function rawInserts(file: string, seconds: number): number {
  const db = new Database(file);
  openEventsSchema(db);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const until = performance.now() + seconds * 1000;
  let count = 0;
  for (; performance.now() < until; count++) {
    const event = progressEvent();
    insert.run(
      event.id,
      'raw',
      count,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      new Date().toISOString(),
    );
  }
  db.close();
  return count;
}

export const progressEvent = (): NewEvent => ({
  id: randomUUID(),
  type: 'ProgressRecorded',
  data: { note: '第3周：加固施工按计划推进，已完成40%' },
  metadata: {
    actor: { userId: 'u-leader', name: '张三', role: 'leader' },
    commandId: randomUUID(),
    occurredAt: '2026-11-30T08:00:00+08:00',
    schemaVersion: 1,
  },
});
