import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ProjectionRunner, SqliteCheckpointStore, SqliteEventStore } from '@hazard/event-store';
import type { Projection, RecordedEvent } from '@hazard/event-store';
import type { RecordedInspection, UnitProfile } from '@hazard/domain';
import type { FoundHazard, HazardUnit } from '@hazard/workflows';
import { openCampaignDatabase } from '../../libs/campaign/src/read-model/campaign-database';
import { DailyFactsProjection } from '../../libs/campaign/src/daily/figures/daily-facts.projection';
import seed from '../../libs/registries/src/nan-an.registries.json';
import { tempDir } from '../support/temp-dir';
import { writeEventsInBulk } from './bulk-events';
import type { BulkEvent } from './bulk-events';
import type { Report } from './run';

const S = 'daily';
const TZ = 'Asia/Shanghai';
/** The seed's "截至6月底": the campaign from May, figures of 30 June. */
const DAY = '2026-06-30';
const START = Date.parse('2026-05-01T09:00:00+08:00');
const DAY_MS = 86_400_000;
const TOWNS = seed.towns.map((t) => t.name);
const AUTHORITIES = seed.industryAuthorities.map((a) => a.name);
const CATEGORIES = seed.unitCategories.map((c) => c.name);
/** 81,631 of 81,819 verified: one hazard in 435 left open. */
const OPEN_EVERY = 435;

const SCALES = [
  { name: 'seed', units: 11_562, hazards: 81_819, target: 1_000 },
  {
    name: 'province',
    units: Number(process.env.DAILY_BENCH_PROVINCE_UNITS ?? 100_000),
    hazards: Number(process.env.DAILY_BENCH_PROVINCE_HAZARDS ?? 1_000_000),
    target: 10_000,
  },
];

const iso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/**
 * A campaign's log: each unit registered, self-inspected (one in four reporting zero hazards,
 * the others sharing the hazards), three in five visited by their town; each hazard found,
 * started, reported and verified, but one in 435.
 */
function* campaignEvents(units: number, hazards: number): Generator<BulkEvent> {
  const reporting = units - Math.ceil(units / 4);
  let hazard = 0;
  for (let u = 0; u < units; u++) {
    const unitId = `u${u}`;
    const at = START + (u % 30) * DAY_MS + (u % 1000) * 1000;
    const profile: UnitProfile = {
      name: `单位${u}`,
      creditCode: null,
      otherIdentifier: unitId,
      address: '南安市',
      town: TOWNS[u % TOWNS.length],
      industryAuthority: AUTHORITIES[u % AUTHORITIES.length],
      professionalDomains: [],
      category: CATEGORIES[u % CATEGORIES.length],
      riskFlags: u % 7 === 0 ? ['dustExplosion'] : [],
    };
    const supervision = { level: 'town' as const, by: profile.town };
    yield {
      caseId: unitId,
      revision: 0,
      streamId: `unit-${unitId}`,
      event: { type: 'UnitRegistered', data: { unitId, profile, supervision } },
      occurredAt: iso(at),
    };
    const unit: HazardUnit = { unitId, ...profile, supervision };
    const index = u - Math.ceil((u + 1) / 4);
    const count =
      u % 4 === 0 ? 0 : Math.floor(hazards / reporting) + (index < hazards % reporting ? 1 : 0);
    const inspectionAt = at + DAY_MS;
    const found: FoundHazard[] = Array.from({ length: count }, (_, i) => ({
      hazardId: `h${hazard + i}`,
      unit,
      inspectionId: `i${u}`,
      source: 'selfInspection',
      description: '配电箱未接地',
      grading: 'serious',
      foundOn: iso(inspectionAt).slice(0, 10),
      rectificationDeadline: iso(inspectionAt + 15 * DAY_MS),
    }));
    const inspection: RecordedInspection = {
      inspectionId: `i${u}`,
      unit,
      kind: 'self',
      source: 'selfInspection',
      inspectedBy: profile.name,
      inspectedOn: iso(inspectionAt).slice(0, 10),
      inspectors: ['检查员'],
      scope: '全厂',
      zeroHazard: count === 0,
      findings: found.map((f) => ({
        hazardId: f.hazardId,
        description: f.description,
        grading: f.grading,
        rectificationDeadline: f.rectificationDeadline,
      })),
    };
    yield {
      caseId: `i${u}`,
      revision: 0,
      streamId: `inspection-i${u}`,
      event: { type: 'InspectionRecorded', data: inspection },
      occurredAt: iso(inspectionAt),
    };
    if (u % 5 < 3) {
      yield {
        caseId: `s${u}`,
        revision: 0,
        streamId: `inspection-s${u}`,
        event: {
          type: 'InspectionRecorded',
          data: {
            ...inspection,
            inspectionId: `s${u}`,
            kind: 'supervisory',
            source: 'town',
            zeroHazard: true,
            findings: [],
          },
        },
        occurredAt: iso(inspectionAt + 3 * DAY_MS),
      };
    }
    for (const f of found) {
      const streamId = `general_hazard-${f.hazardId}`;
      const steps = [
        { type: 'GeneralHazardFound', data: f },
        {
          type: 'GeneralRectificationStarted',
          data: { responsiblePerson: '负责人', measures: '整改' },
        },
        {
          type: 'GeneralRectificationReported',
          data: { summary: '已整改', verificationDeadline: iso(inspectionAt + 12 * DAY_MS) },
        },
        { type: 'GeneralHazardVerified', data: { note: '复核合格' } },
      ];
      const open = (Number(f.hazardId.slice(1)) + 1) % OPEN_EVERY === 0;
      for (const [revision, event] of steps.slice(0, open ? 2 : 4).entries()) {
        yield {
          caseId: f.hazardId,
          revision,
          streamId,
          event,
          occurredAt: iso(inspectionAt + revision * 3 * DAY_MS),
        };
      }
    }
    hazard += count;
  }
}

const execFileAsync = promisify(execFile);

/** The figures and the report in a fresh process, as after a restart. */
async function coldStart(file: string): Promise<{
  wallMs: number;
  loadMs: number;
  figuresMs: number;
  reportMs: number;
  processMs: number;
  headline: { units: number; hazards: number; rectified: number; rate: number };
}> {
  const started = performance.now();
  const { stdout } = await execFileAsync(process.execPath, [
    join(__dirname, 'daily-cold-start.js'),
    file,
    DAY,
    TZ,
  ]);
  return { wallMs: performance.now() - started, ...JSON.parse(stdout) };
}

export async function run(report: Report): Promise<void> {
  for (const scale of SCALES) {
    const dir = tempDir(`hazard-bench-daily-${scale.name}-`);
    try {
      const label = `${scale.name} (${scale.units.toLocaleString('en-US')} units, ${scale.hazards.toLocaleString('en-US')} hazards)`;
      let events = 0;
      const written = performance.now();
      writeEventsInBulk(
        dir.file('events.sqlite'),
        (function* () {
          for (const e of campaignEvents(scale.units, scale.hazards)) {
            events += 1;
            yield e;
          }
        })(),
      );
      report(S, `${label}: events written (set-up)`, events, 'events');
      report(S, `${label}: set-up time`, (performance.now() - written) / 1000, 's');

      const store = new SqliteEventStore(dir.file('events.sqlite'));
      const db = openCampaignDatabase(dir.file('campaign.sqlite'));
      const facts = new DailyFactsProjection(db);
      const projection: Projection = {
        name: facts.name,
        version: facts.version,
        checkpoints: new SqliteCheckpointStore(db),
        handles: (_event): _event is RecordedEvent => true,
        handle: (page) => () => facts.handle(page),
        truncate: () => () => facts.truncate(),
      };
      const runner = new ProjectionRunner(store, projection, { follow: false, batchSize: 5000 });
      const rebuilt = await runner.rebuild();
      report(S, `${label}: daily facts built from the log`, rebuilt.elapsedMs / 1000, 's');
      report(S, `${label}: replay rate`, (rebuilt.done / rebuilt.elapsedMs) * 1000, 'events/s');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      await store.close();

      const cold = await coldStart(dir.file('campaign.sqlite'));
      report(S, `${label}: loading the modules, cold process`, cold.loadMs, 'ms');
      report(S, `${label}: figures of ${DAY}, cold process`, cold.figuresMs, 'ms');
      report(S, `${label}: figures + report, zh-CN and en, 3 formats`, cold.reportMs, 'ms');
      report(S, `${label}: the whole process, start to exit`, cold.wallMs, 'ms');
      report(S, `${label}: target`, scale.target, 'ms');
      report(S, `${label}: whole process / target`, cold.wallMs / scale.target, 'x');
      const { units, hazards, rectified, rate } = cold.headline;
      report(
        S,
        `${label}: headline`,
        `${units} units, ${hazards} hazards, ${rectified} rectified, ${(rate * 100).toFixed(2)}%`,
      );
    } finally {
      if (process.env.DAILY_BENCH_KEEP) report(S, 'kept', dir.path);
      else dir.remove();
    }
  }
}
