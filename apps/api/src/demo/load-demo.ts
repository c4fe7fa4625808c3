import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UsersService } from '@hazard/auth';
import type { CreatedUser, IdentityActor, NewUser } from '@hazard/auth';
import { deterministicUuid, handleCaseCommand } from '@hazard/commands';
import { CaseCommandService } from '@hazard/commands';
import {
  addDays,
  CaseNotFoundError,
  CLOCK,
  DEADLINE_POLICY,
  deadlineInForceOf,
  SCHEDULER_ACTOR,
  toZonedIso,
} from '@hazard/domain';
import type { Actor, CaseCommand, Clock, DeadlinePolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Leader } from '@hazard/workflows';
import type { Environment } from '@hazard/config';
import { DEMO_CASES } from './demo-cases';
import { loadCampaignDemo } from './demo-campaign';
import type { CampaignDemo } from './demo-campaign';
import type { DemoCase, DemoStage } from './demo-cases';

const DEMO_USERS = {
  committee: {
    name: '南安市安委会办公室',
    login: 'anweiban',
    roles: ['committee'],
    towns: [],
    departments: [],
  },
  hq: {
    name: '南安市安全生产指挥部',
    login: 'zhihuibu',
    roles: ['hq'],
    towns: [],
    departments: [],
  },
  leader: {
    name: '挂牌领导 陈建国',
    login: 'chenjianguo',
    roles: ['leader'],
    towns: [],
    departments: [],
  },
  town: {
    name: '水头镇安办',
    login: 'shuitou',
    roles: ['town'],
    towns: ['水头镇'],
    departments: [],
  },
  department: {
    name: '南安市住建局',
    login: 'zhujianju',
    roles: ['department'],
    towns: [],
    departments: ['住建局'],
  },
  viewer: {
    name: '工作专班观察员',
    login: 'guanchayuan',
    roles: ['viewer'],
    towns: [],
    departments: [],
  },
} satisfies Record<string, NewUser>;
type DemoUser = keyof typeof DEMO_USERS;

const DEMO_ACTOR: IdentityActor = { userId: 'system:demo', name: 'Demo data', role: 'admin' };

interface DemoAccount extends CreatedUser {
  password: string;
}

type Step = { name: string; as: DemoUser | 'scheduler'; command: (c: DemoCase) => CaseCommand };

export const demoCaseId = (key: string): string => deterministicUuid(`demo-case/${key}`);

/** The main road, step by step; a stage is the prefix of it that leads there. */
function road(planDeadline: string, leader: Leader): Step[] {
  return [
    {
      name: 'list',
      as: 'committee',
      command: (c) => ({
        type: 'ListHazard',
        data: { caseId: demoCaseId(c.key), listing: c.listing },
      }),
    },
    {
      name: 'assign',
      as: 'hq',
      command: () => ({ type: 'AssignLeader', data: { leader } }),
    },
    {
      name: 'plan',
      as: 'leader',
      command: (c) => ({
        type: 'SubmitPlan',
        data: {
          plan: {
            responsibleDepartment: c.listing.industryAuthority,
            responsiblePerson: '责任人 林志强',
            deadline: planDeadline,
            controlMeasures: ['设置警戒区并派专人值守', '停止相关区域使用，人员撤离'],
            emergencyPlan: '险情扩大时由镇（街道）组织转移并上报市应急指挥中心',
          },
        },
      }),
    },
    { name: 'approve', as: 'committee', command: () => ({ type: 'ApprovePlan', data: {} }) },
    {
      name: 'controls',
      as: 'leader',
      command: () => ({ type: 'ConfirmControls', data: { note: '警戒区已设置，人员已撤离' } }),
    },
    {
      name: 'progress',
      as: 'leader',
      command: () => ({ type: 'RecordProgress', data: { note: '整改施工已完成约六成' } }),
    },
    {
      name: 'rectified',
      as: 'leader',
      command: () => ({ type: 'ReportRectified', data: { summary: '整改完成，申请验收' } }),
    },
    {
      name: 'close',
      as: 'committee',
      command: () => ({ type: 'CloseCase', data: { note: '验收合格，予以销号摘牌' } }),
    },
  ];
}

const ROAD_STEPS: Record<Exclude<DemoStage, 'overdue'>, number> = {
  listed: 1,
  planSubmitted: 3,
  planApproved: 4,
  controlsInPlace: 6,
  rectified: 7,
  closed: 8,
};

/**
 * `npm start -- --demo` / DEMO=1: a small, realistic data set, entered through the same
 * command path as the API (authorization, the machine, durable appends). Runs once per data
 * directory: a second start finds the first demo case and leaves everything as it is.
 */
export async function loadDemo(app: INestApplicationContext): Promise<void> {
  await app.init();
  const logger = new Logger('Demo');
  const cases = app.get(CaseCommandService);
  if (await exists(cases, demoCaseId(DEMO_CASES[0].key))) {
    logger.log(
      'demo data already loaded; its passwords and tokens were printed then (a new password: npm run cli -- set-password --login anweiban --password -)',
    );
    return;
  }
  const users = app.get(UsersService);
  const created = {} as Record<DemoUser, DemoAccount>;
  for (const [key, user] of Object.entries(DEMO_USERS) as Array<[DemoUser, NewUser]>) {
    created[key] = await demoAccount(users, user);
  }
  const actorOf = (as: DemoUser | 'scheduler'): Actor =>
    as === 'scheduler'
      ? SCHEDULER_ACTOR
      : ({ userId: created[as].user.id, ...DEMO_USERS[as] } as Actor);

  const clock = app.get<Clock>(CLOCK);
  const deps = {
    store: app.get<EventStore>(EVENT_STORE),
    policy: app.get<DeadlinePolicy>(DEADLINE_POLICY),
    timeZone: app.get<ConfigService<Environment, true>>(ConfigService).get('TIME_ZONE', {
      infer: true,
    }),
  };
  const now = clock.now();
  const leader = { id: created.leader.user.id, name: created.leader.user.name };
  const steps = road(toZonedIso(addDays(now, 60), deps.timeZone), leader);
  for (const demo of DEMO_CASES) {
    const caseId = demoCaseId(demo.key);
    // Through the real command handler, at a chosen moment: the overdue case's story must
    // have happened in the past for its deadline to have passed.
    const run = (at: Date, step: Pick<Step, 'name' | 'as'>, command: CaseCommand) =>
      handleCaseCommand(
        { ...deps, now: at },
        { caseId, actor: actorOf(step.as), command, commandId: `demo-${demo.key}-${step.name}` },
      );
    if (demo.stage !== 'overdue') {
      for (const step of steps.slice(0, ROAD_STEPS[demo.stage])) {
        await run(now, step, step.command(demo));
      }
      continue;
    }
    // Assigned long enough ago that its plan deadline passed two days ago.
    const assignedAt = addDays(now, -(deps.policy.planSubmissionDays[demo.listing.priority] + 2));
    for (const step of steps.slice(0, 2)) await run(assignedAt, step, step.command(demo));
    const deadline = deadlineInForceOf((await cases.load(caseId)).snapshot)?.deadline ?? '';
    const dueAt = new Date(deadline);
    const kind = 'planSubmission';
    await run(
      dueAt,
      { name: 'missed', as: 'scheduler' },
      { type: 'RecordDeadlineMissed', data: { kind, deadline } },
    );
    await run(
      dueAt,
      { name: 'urging-letter', as: 'scheduler' },
      { type: 'RaiseEscalation', data: { kind, deadline, level: 'urgingLetter' } },
    );
  }
  const today = toZonedIso(now, deps.timeZone).slice(0, 10);
  const campaign = await loadCampaignDemo(app, actorOf('committee'), actorOf('town'), today);
  const accounts: Record<string, DemoAccount> = { ...created };
  accounts.unit = await demoAccount(users, {
    name: '南安市水头某石材有限公司',
    login: 'shicai',
    roles: ['unit'],
    towns: [],
    departments: [],
    unitId: campaign.unitId,
  });
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  const consoleUrl = `http://${config.get('HOST', { infer: true })}:${config.get('PORT', { infer: true })}/`;
  printAccounts(consoleUrl, accounts, campaign);
}

/** Letters and digits only: easy to copy, and never taken for a command-line option. */
const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Random passwords, per install: a demo started where others can reach it has no well-known
 * password. A demo user left by a start interrupted before its cases gets a new password.
 */
async function demoAccount(users: UsersService, user: NewUser): Promise<DemoAccount> {
  const password = Array.from(
    { length: 12 },
    () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
  ).join('');
  const existing = await users.userIdOfLogin(user.login ?? '');
  if (!existing)
    return { ...(await users.createUser({ ...user, password }, DEMO_ACTOR)), password };
  await users.setPassword(existing, password, DEMO_ACTOR);
  const token = await users.issueToken(existing, DEMO_ACTOR);
  return { user: await users.reactivate(existing, DEMO_ACTOR), token, password };
}

async function exists(cases: CaseCommandService, caseId: string): Promise<boolean> {
  try {
    await cases.load(caseId);
    return true;
  } catch (error) {
    if (error instanceof CaseNotFoundError) return false;
    throw error;
  }
}

function printAccounts(
  consoleUrl: string,
  created: Record<string, DemoAccount>,
  campaign: CampaignDemo,
): void {
  const towns = new Set(DEMO_CASES.map((c) => c.listing.town));
  const lines = [
    `Demo data loaded: ${DEMO_CASES.length} major hazards in ${towns.size} towns; ${campaign.units} units, ${campaign.inspections} inspections, ${campaign.hazards} general hazards.`,
    `Open the console at ${consoleUrl} and sign in as a demo user (passwords shown only now;`,
    'the API token works as "Authorization: Bearer <token>"):',
    `  ${'user'.padEnd(10)} ${'login'.padEnd(12)} ${'password'.padEnd(12)} ${'API token'.padEnd(69)} name`,
    ...Object.entries(created).map(
      ([key, { user, password, token }]) =>
        `  ${key.padEnd(10)} ${(user.login ?? '').padEnd(12)} ${password.padEnd(12)} ${token}  ${user.name}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
