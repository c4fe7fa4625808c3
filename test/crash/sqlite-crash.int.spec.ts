import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '../support/temp-dir';

interface Ack {
  stream: string;
  revision: number;
  id: string;
}

const CHILD = join(__dirname, 'append-forever.ts');
const ROUNDS = 4;

/**
 * Runs the appending child until SIGKILL at a random moment (200–1500 ms after its first
 * acknowledged append) and returns every append it acknowledged before dying.
 */
function runUntilKilled(file: string, round: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, file, String(round)], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      // A line cut by the kill is not an acknowledgement.
      pending = lines.pop() ?? '';
      for (const line of lines) acks.push(JSON.parse(line) as Ack);
      timer ??= setTimeout(() => child.kill('SIGKILL'), 200 + Math.random() * 1300);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('SQLite event store after SIGKILL mid-append', () => {
  const dir = tempDir('hazard-crash-');
  const file = dir.file('events.sqlite');
  const acknowledged: Ack[] = [];
  afterAll(() => dir.remove());

  for (let round = 1; round <= ROUNDS; round += 1) {
    it(`round ${round}: keeps every acknowledged append, in order, and takes new ones`, async () => {
      const acks = await runUntilKilled(file, round);
      expect(acks.length).toBeGreaterThan(0);
      acknowledged.push(...acks);

      const db = new Database(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }

      const store = new SqliteEventStore(file);
      try {
        const streams = [...new Set(acknowledged.map((ack) => ack.stream))];
        const stored = new Map(
          await Promise.all(streams.map(async (s) => [s, await store.read(s)] as const)),
        );
        for (const events of stored.values()) {
          expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
        }
        const missing = acknowledged.filter(
          (ack) => stored.get(ack.stream)?.[ack.revision]?.id !== ack.id,
        );
        expect(missing).toEqual([]);

        const [stream] = streams;
        const last = (stored.get(stream) ?? []).length - 1;
        const event = { id: randomUUID(), type: 'AfterCrash', data: { round }, metadata: {} };
        await expect(store.append(stream, [event], last)).resolves.toMatchObject({
          nextRevision: last + 1,
        });
      } finally {
        await store.close();
      }
    });
  }
});
