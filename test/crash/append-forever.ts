/**
 * Child process of the crash-safety test: appends to one SQLite file until it is killed, and
 * prints one JSON line per acknowledged event ({ stream, revision, id }) only after the append
 * resolved, i.e. after the commit was fsynced. Writes to a pipe are synchronous on Linux, so a
 * printed line has left this process before the next append starts.
 *
 * Usage: node --require tsx/cjs test/crash/append-forever.ts <file> <round>
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import type { ExpectedRevision, NewEvent } from '../../libs/event-store/src/event-store.port';

const OWN_STREAMS = ['crash-a', 'crash-b', 'crash-c', 'crash-d'];
/** Written by two writers at once with expected revision `any`. */
const SHARED_STREAM = 'crash-shared';

const [file, round] = process.argv.slice(2);

const batchOf = (stream: string): NewEvent[] =>
  Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => ({
    id: randomUUID(),
    type: 'CrashTestAppended',
    data: { stream, round: Number(round), note: '整改进度' },
    metadata: { writer: process.pid },
  }));

async function writeForever(store: SqliteEventStore, stream: string, owned: boolean) {
  const existing = await store.read(stream);
  let last = existing.length - 1;
  for (;;) {
    const events = batchOf(stream);
    const expected: ExpectedRevision = !owned ? 'any' : last < 0 ? 'no_stream' : last;
    const { nextRevision } = await store.append(stream, events, expected);
    const first = nextRevision - events.length + 1;
    const lines = events.map((event, i) =>
      JSON.stringify({ stream, revision: first + i, id: event.id }),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    last = nextRevision;
  }
}

const store = new SqliteEventStore(file);
// All writers run at once, so their appends land in the same group commits.
void Promise.all([
  ...OWN_STREAMS.map((stream) => writeForever(store, stream, true)),
  writeForever(store, SHARED_STREAM, false),
  writeForever(store, SHARED_STREAM, false),
]).catch((error: unknown) => {
  process.stderr.write(`append-forever failed: ${String(error)}\n`);
  process.exit(1);
});
