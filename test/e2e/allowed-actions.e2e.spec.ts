import { ManualClock } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { freshListing, listingBody, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

const ROLES = [
  'committee',
  'hq',
  'caseLeader',
  'otherLeader',
  'department',
  'townUser',
  'otherTownUser',
  'viewer',
] as const;
type RoleName = (typeof ROLES)[number];

type Step = [RoleName, string, object];

const EXTENSION = { deadline: '2027-06-30T18:00:00+08:00', reason: '加固材料到货延迟' };

const MAIN_ROAD_STATES = [
  'listed',
  'awaitingPlan',
  'planSubmitted',
  'planApproved',
  'controlsInPlace',
  'rectified',
  'closed',
];
/** Every state, and the two in which an extension request waits for a decision. */
const STATES = [...MAIN_ROAD_STATES, 'planExtensionRequested', 'rectificationExtensionRequested'];

/** How to bring a fresh case into a state through the command endpoints. */
function pathTo(state: string, leader: TestUser): Step[] {
  const road: Step[] = [
    ['committee', 'assign-leader', { leaderId: leader.id, leaderName: leader.name }],
    ['caseLeader', 'submit-plan', planBody],
    ['committee', 'approve-plan', {}],
    ['caseLeader', 'confirm-controls', { note: '已设置警戒区' }],
    ['caseLeader', 'report-rectified', { summary: '承重墙已加固' }],
    ['committee', 'close', { note: '验收合格，予以销号' }],
  ];
  const onRoad = MAIN_ROAD_STATES.indexOf(state);
  if (onRoad >= 0) return road.slice(0, onRoad);
  const requestExtension: Step = ['caseLeader', 'request-extension', EXTENSION];
  const upTo = state === 'planExtensionRequested' ? 1 : 4;
  return [...road.slice(0, upTo), requestExtension];
}

/** A valid body for every command endpoint. */
const COMMANDS = (otherLeader: TestUser): Record<string, object> => ({
  'assign-leader': { leaderId: otherLeader.id, leaderName: otherLeader.name },
  'reassign-leader': { leaderId: otherLeader.id, leaderName: otherLeader.name, reason: '工作调整' },
  'submit-plan': planBody,
  'approve-plan': {},
  'reject-plan': { reason: '管控措施不具体' },
  'confirm-controls': { note: '已设置警戒区' },
  'record-progress': { note: '施工队已进场' },
  'report-rectified': { summary: '承重墙已加固' },
  'reject-rectification': { reason: '检测报告缺失' },
  close: { note: '验收合格，予以销号' },
  'request-extension': EXTENSION,
  'approve-extension': {},
  'refuse-extension': { reason: '理由不充分' },
});

describe('allowedActions agrees with what the command endpoints accept, state by role', () => {
  let t: TestApp;
  let users: Record<RoleName, TestUser>;
  const accepted = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-11-30T00:00:00Z')) });
    const create = (name: string, roles: Role[], extra: object = {}) =>
      t.createUser({ name, roles, ...extra });
    users = {
      committee: await create('安委会办公室', ['committee']),
      hq: await create('指挥部', ['hq']),
      caseLeader: await create('王建国', ['leader']),
      otherLeader: await create('陈志强', ['leader']),
      department: await create('住建局', ['department'], {
        departments: [listingBody.industryAuthority],
      }),
      townUser: await create('水头镇安办', ['town'], { towns: [listingBody.town] }),
      otherTownUser: await create('官桥镇安办', ['town'], { towns: ['官桥镇'] }),
      viewer: await create('查阅人员', ['viewer']),
    };
  });
  afterAll(() => t.close());

  async function caseIn(state: string): Promise<string> {
    const { body } = await t.post(users.committee, '/api/hazards', freshListing()).expect(201);
    for (const [role, action, payload] of pathTo(state, users.caseLeader)) {
      await t.post(users[role], `/api/hazards/${body.id}/${action}`, payload).expect(200);
    }
    return body.id as string;
  }

  async function allowedActionsOf(role: RoleName, id: string): Promise<string[]> {
    const response = await t
      .http()
      .get(`/api/hazards/${id}`)
      .set('Authorization', users[role].auth);
    // A user who may not read the case may not act on it either.
    if (response.status === 403) return [];
    expect(response.status).toBe(200);
    return [...response.body.allowedActions].sort();
  }

  it.each(STATES)('in state %s', async (state) => {
    const probe = await caseIn(state);
    await t.readModelsCaughtUp();
    const offered = new Map<RoleName, string[]>();
    for (const role of ROLES) offered.set(role, await allowedActionsOf(role, probe));
    const bodies = COMMANDS(users.otherLeader);
    let copy = await caseIn(state);
    for (const role of ROLES) {
      const taken: string[] = [];
      for (const [action, body] of Object.entries(bodies)) {
        const { status } = await t.post(users[role], `/api/hazards/${copy}/${action}`, body);
        // Accepted or refused for who or when it is, never for anything else (a valid body).
        const answer = [200, 403, 409].includes(status) ? 'accepted or refused' : status;
        expect({ state, role, action, answer }).toEqual({
          state,
          role,
          action,
          answer: 'accepted or refused',
        });
        if (status === 200) {
          taken.push(action);
          accepted.add(action);
          // The case has moved on; the next command gets a copy still in the state.
          copy = await caseIn(state);
        }
      }
      expect({ state, role, allowed: taken.sort() }).toEqual({
        state,
        role,
        allowed: offered.get(role),
      });
    }
  });

  it('has seen every command endpoint accept a request somewhere', () => {
    expect([...accepted].sort()).toEqual(Object.keys(COMMANDS(users.otherLeader)).sort());
  });
});
