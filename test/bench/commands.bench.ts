import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { cpus, loadavg } from 'node:os';
import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import type { CaseCommand } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { handleCaseCommand } from '@hazard/commands';
import { actors, listing, plan } from '../support/case-fixtures';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { rawInserts } from './raw-sqlite';
import type { Report } from './run';

const S = 'commands';
/** Alternating one-second slices of raw inserts and of each caller count. */
const SLICES = 4;
const TZ = 'Asia/Shanghai';

/** A case's whole life, as the people who may do each step send it. */
const LIFECYCLE: Array<[Actor, (caseId: string) => CaseCommand]> = [
  [actors.committee, (caseId) => ({ type: 'ListHazard', data: { caseId, listing } })],
  [
    actors.committee,
    () => ({ type: 'AssignLeader', data: { leader: { id: 'u-leader', name: '张三' } } }),
  ],
  [actors.leader, () => ({ type: 'SubmitPlan', data: { plan } })],
  [actors.committee, () => ({ type: 'ApprovePlan', data: {} })],
  [actors.leader, () => ({ type: 'ConfirmControls', data: { note: '警戒区已设置' } })],
  [actors.leader, () => ({ type: 'ReportRectified', data: { summary: '已加固承重墙' } })],
  [actors.committee, () => ({ type: 'CloseCase', data: { note: '验收合格，予以销号' } })],
];

/**
 * The full command in process (read, fold, authorize, decide, durable append) through the
 * real handler, case after case through its whole lifecycle, beside the raw SQLite floor:
 * one INSERT per transaction, WAL + synchronous=FULL, in alternating slices on one disk.
 */
export async function run(report: Report): Promise<void> {
  // Measured as a service runs it, without a terminal to write each command's log line to.
  Logger.overrideLogger(['error', 'warn']);
  report(S, `machine: ${cpus().length} CPUs, load average (1 min)`, loadavg()[0]);
  const dir = tempDir('hazard-bench-commands-');
  try {
    let raw = 0;
    const done = { 1: 0, 16: 0 };
    for (let slice = 0; slice < SLICES; slice++) {
      raw += rawInserts(dir.file(`raw-${slice}.sqlite`), 1);
      for (const callers of [1, 16] as const) {
        done[callers] += await lifecycles(dir, `${callers}-${slice}`, callers, 1);
      }
    }
    const rawRate = raw / SLICES;
    report(S, 'raw better-sqlite3 INSERTs/s, 1 per transaction (WAL, FULL)', rawRate, '/s');
    for (const callers of [1, 16] as const) {
      const rate = done[callers] / SLICES;
      report(S, `full commands/s, whole lifecycle, ${callers} caller(s)`, rate, '/s');
      report(S, `  ratio to raw (target ≥ 0.5 for 1 caller)`, rate / rawRate, '×');
    }
  } finally {
    dir.remove();
  }
}

/** `callers` loops, each taking the next case through its lifecycle, for `seconds`. */
async function lifecycles(
  dir: TempDir,
  name: string,
  callers: number,
  seconds: number,
): Promise<number> {
  const store = new SqliteEventStore(dir.file(`commands-${name}.sqlite`));
  const until = performance.now() + seconds * 1000;
  let commands = 0;
  const caller = async () => {
    while (performance.now() < until) {
      const caseId = randomUUID();
      for (const [actor, command] of LIFECYCLE) {
        await handleCaseCommand(
          { store, now: new Date(), timeZone: TZ, policy: DEFAULT_DEADLINE_POLICY },
          { caseId, command: command(caseId), actor, commandId: randomUUID() },
        );
        commands += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  await store.close();
  return commands;
}
