/**
 * A client of the API as an integrator would write one: types generated from the live
 * /docs-json by openapi-typescript (into ./generated, by typed-client.e2e.spec.ts), requests
 * through openapi-fetch. It lists a case, assigns its leader, reads the list, the case and its
 * history, and prints what it saw as one line of JSON. Compiled with `tsc -p` (strict) first:
 * a document that types an answer as `never` or `any` fails that compilation.
 */
import createClient from 'openapi-fetch';
import type { paths } from './generated/schema';

/** Compiles only when T is a real type: neither `never` nor `any` (nor unknown). */
type Typed<T> = [T] extends [never]
  ? false
  : 0 extends 1 & T
    ? false
    : unknown extends T
      ? false
      : true;
const typed = <T>(_value: T, check: Typed<T>): void => void check;

const baseUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
const adminToken = process.env.ADMIN_TOKEN ?? '';

const clientFor = (token: string) =>
  createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

function answered<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

async function main(): Promise<void> {
  const admin = clientFor(adminToken);
  const committee = answered(
    await admin.POST('/api/users', { body: { name: '南安市安委会办公室', roles: ['committee'] } }),
    'create the committee user',
  );
  const leader = answered(
    await admin.POST('/api/users', { body: { name: '挂牌领导 陈建国', roles: ['leader'] } }),
    'create the leader',
  );
  const api = clientFor(committee.token);

  const listed = answered(
    await api.POST('/api/hazards', {
      body: {
        title: '某石材厂生产车间承重墙开裂',
        description: '车间东侧承重墙出现贯穿性裂缝，存在坍塌风险',
        unitName: '南安市某石材有限公司',
        town: '水头镇',
        industryAuthority: '住建局',
        professionalDomain: '房屋安全',
        priority: 'urgent',
        criterion: { standard: 'GB 50292-2015', clause: '7.1.3' },
        listingLevel: '市级',
        noticeNumber: '南安安委督〔2026〕901号',
      },
    }),
    'list the hazard',
  );
  const assigned = answered(
    await api.POST('/api/hazards/{id}/assign-leader', {
      params: { path: { id: listed.id }, header: { 'If-Match': `"${listed.version}"` } },
      body: { leaderId: leader.id, leaderName: leader.name },
    }),
    'assign the leader',
  );

  const stale = await api.POST('/api/hazards/{id}/assign-leader', {
    params: { path: { id: listed.id }, header: { 'If-Match': `"${listed.version}"` } },
    body: { leaderId: leader.id, leaderName: leader.name },
  });

  const page = answered(await api.GET('/api/hazards', { params: { query: {} } }), 'the list');
  const item = page.items.find((entry) => entry.id === listed.id);
  const detail = answered(
    await api.GET('/api/hazards/{id}', { params: { path: { id: listed.id } } }),
    'the case',
  );
  const history = answered(
    await api.GET('/api/hazards/{id}/events', { params: { path: { id: listed.id }, query: {} } }),
    'its history',
  );
  // What the generated types make of each answer: a document without a schema for one would
  // leave it `never` (or unknown), and this program would not compile.
  typed(page, true);
  typed(page.items[0], true);
  typed(detail, true);
  typed(history.items[0], true);
  typed(stale.error, true);

  process.stdout.write(
    `${JSON.stringify({
      listed: listed.state,
      assigned: { state: assigned.state, version: assigned.version },
      stale: { status: stale.response.status, problem: stale.error?.type ?? null },
      total: page.total,
      item: item && { state: item.state, leader: item.leader?.name ?? null },
      detail: { state: detail.state, allowedActions: detail.allowedActions },
      history: history.items.map((entry) => entry.type),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
