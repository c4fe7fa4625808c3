import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore, SqliteEventStore } from '@hazard/event-store';
import { recordedRows } from '../support/recording-projection';
import { tempDir } from '../support/temp-dir';

const CHILD = join(__dirname, 'project-until-caught-up.ts');
const PAGE = 8;

interface Run {
  signal: NodeJS.Signals | null;
  code: number | null;
  /** The pages the child was handed, by position. */
  pages: bigint[][];
}

function project(events: string, target: string, killAt?: bigint): Promise<Run> {
  const args = [CHILD, events, target, String(PAGE), ...(killAt ? [String(killAt)] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', ...args], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`child failed (${code}): ${stderr}`));
      const lines = stdout.split('\n').filter((line) => line.length > 0);
      const pages = lines.map((line) => (JSON.parse(line) as string[]).map(BigInt));
      resolve({ signal, code, pages });
    });
  });
}

describe('a projection killed by SIGKILL halfway through writing a page', () => {
  const dir = tempDir('hazard-projection-crash-');
  const eventsFile = dir.file('events.sqlite');
  const targetFile = dir.file('target.sqlite');
  const positions: bigint[] = [];
  afterAll(() => dir.remove());

  beforeAll(async () => {
    const store = new SqliteEventStore(eventsFile);
    for (let i = 0; i < 20; i += 1) {
      const event = { id: randomUUID(), type: 'Noted', data: { i }, metadata: {} };
      positions.push((await store.append(`note-${i}`, [event], 'no_stream')).position);
    }
    await store.close();
  });

  it('leaves nothing of the page it was writing, and its checkpoint at the page before', async () => {
    // Four of the second page's events are written inside its transaction when it dies.
    const killed = await project(eventsFile, targetFile, positions[PAGE + 3]);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.pages).toEqual([positions.slice(0, PAGE), positions.slice(PAGE, 2 * PAGE)]);

    const db = new Database(targetFile);
    try {
      expect(recordedRows(db).map((row) => row.position)).toEqual(positions.slice(0, PAGE));
      const checkpoint = await new SqliteCheckpointStore(db).load('test/recording');
      expect(checkpoint).toEqual({ position: positions[PAGE - 1], version: 1 });
    } finally {
      db.close();
    }
  });

  it('does the page again from its first event on the next start, and every event once', async () => {
    const rerun = await project(eventsFile, targetFile);
    expect(rerun.code).toBe(0);
    expect(rerun.pages[0]).toEqual(positions.slice(PAGE, 2 * PAGE));

    const db = new Database(targetFile);
    try {
      // `recorded` rows are inserted, never upserted: a second write of one would have failed.
      expect(recordedRows(db).map((row) => row.position)).toEqual(positions);
    } finally {
      db.close();
    }
  });
});
