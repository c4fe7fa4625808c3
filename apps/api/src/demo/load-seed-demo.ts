import { Logger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UsersService } from '@hazard/auth';
import type { IdentityActor } from '@hazard/auth';
import { deterministicUuid, unitStreamId } from '@hazard/commands';
import { CLOCK, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { Actor, Clock, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { RegistryService } from '@hazard/registries';
import type { Environment } from '@hazard/config';
import { tellCampaignStory } from './campaign-story';
import type { StoryActors, StoryCounts } from './campaign-story';
import { DemoTimeline } from './demo-timeline';
import { loadDemo } from './load-demo';

/** The seed's own figure: 11,562 production and business units (生产经营单位). */
export const SEED_UNITS = 11_562;
const STORY_SEED = 20210307;
const DEMO_ACTOR: IdentityActor = { userId: 'system:demo', name: 'Demo data', role: 'admin' };

async function office(users: UsersService, name: string, profile: Omit<Actor, 'userId' | 'name'>) {
  const { user } = await users.createUser({ name, ...profile }, DEMO_ACTOR);
  return { userId: user.id, name: user.name, ...profile };
}

/**
 * `npm start -- --demo=seed`: the small demo, then the seed's campaign at its own scale
 * (28 towns, about 11,500 units, 90,000 inspections and 80,000 general hazards over the last
 * 110 days), told through the real deciders and appended in bulk, each event dated in the
 * story. Every town office and industry department is a user of its own. Runs once per data
 * directory.
 */
export async function loadSeedDemo(
  app: INestApplicationContext,
  units = SEED_UNITS,
): Promise<StoryCounts | null> {
  await loadDemo(app);
  const logger = new Logger('Demo');
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.read(unitStreamId(deterministicUuid('demo-seed/unit/0')))).length > 0) {
    logger.log('the seed-scale campaign is already loaded');
    return null;
  }
  const users = app.get(UsersService);
  const registries = await app.get(RegistryService).all();
  const actors: StoryActors = {
    towns: new Map(),
    departments: new Map(),
    hq: await office(users, '指挥部现场指导工作组', { roles: ['hq'], towns: [], departments: [] }),
  };
  for (const { name } of registries.towns) {
    actors.towns.set(
      name,
      await office(users, `${name}安办`, { roles: ['town'], towns: [name], departments: [] }),
    );
  }
  for (const { name } of registries.industryAuthorities) {
    actors.departments.set(
      name,
      await office(users, `南安市${name}`, {
        roles: ['department'],
        towns: [],
        departments: [name],
      }),
    );
  }
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  const now = app.get<Clock>(CLOCK).now().getTime();
  const timeline = new DemoTimeline(store, config.get('TIME_ZONE', { infer: true }), now);
  const counts = tellCampaignStory(timeline, {
    units,
    now,
    registries,
    policy: app.get<GeneralHazardPolicy>(GENERAL_HAZARD_POLICY),
    actors,
    seed: STORY_SEED,
  });
  const started = Date.now();
  let shownAt = 0;
  const appended = await timeline.play((done) => {
    if (Date.now() - shownAt < 2_000) return;
    shownAt = Date.now();
    logger.log(`seed-scale campaign: ${done.toLocaleString('en-US')} events appended`);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Seed-scale campaign loaded in ${seconds} s: ${counts.units.toLocaleString('en-US')} units in ${registries.towns.length} towns, ` +
      `${counts.inspections.toLocaleString('en-US')} inspections (${counts.zeroHazardReports.toLocaleString('en-US')} zero-hazard reports), ` +
      `${counts.hazards.toLocaleString('en-US')} general hazards; ${appended.toLocaleString('en-US')} events. ` +
      'The read models catch up in the background (GET /health shows how far).\n',
  );
  return counts;
}
