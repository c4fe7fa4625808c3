import { request as httpRequest } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { freshListing, listingBody } from '../../support/hazard-requests';
import { startTestApp } from '../../support/test-app';
import type { TestApp, TestUser } from '../../support/test-app';

export type Caller = 'committee' | 'leader' | 'admin' | 'nobody' | 'stranger';

/** One hostile request and the clean refusal it must get. */
export interface HostileRow {
  name: string;
  method?: 'GET' | 'POST';
  /** `:case` stands for a listed case, `:notice` for a notification id. */
  path: string;
  as: Caller;
  /** Sent byte for byte; objects are JSON-encoded. */
  body?: string | Buffer | object;
  /** Exactly the Content-Type header sent; none when omitted (even with a body). */
  contentType?: string;
  headers?: Record<string, string>;
  status: number;
  /** The problem type, e.g. `unsupported-media-type` for `/problems/unsupported-media-type`. */
  type: string;
  /** For a 422: the field the first error names. */
  field?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A raw HTTP request, so that the corpus controls every header and byte (supertest would add
 * a Content-Type of its own to a string body).
 */
function send(
  server: Server,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
) {
  const { port } = server.address() as AddressInfo;
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: body ? { ...headers, 'Content-Length': String(body.length) } : headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const asBytes = (body: HostileRow['body']): Buffer | undefined =>
  body === undefined
    ? undefined
    : Buffer.isBuffer(body)
      ? body
      : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));

/**
 * Runs a table of hostile requests against the real app: each must be answered with its
 * status and problem type, as problem+json, and leave the event store exactly as it was.
 */
export function describeHostileCorpus(
  title: string,
  rows: HostileRow[],
  env: Record<string, string> = {},
) {
  describe(title, () => {
    let t: TestApp;
    let server: Server;
    const auth: Partial<Record<Caller, string>> = {};
    let caseId: string;
    const eventCount = async () => (await t.store.readAll(null, 10_000_000)).length;

    beforeAll(async () => {
      Object.assign(process.env, env);
      t = await startTestApp();
      server = t.app.getHttpServer() as Server;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const committee: TestUser = await t.createUser({
        name: '安委会办公室',
        roles: ['committee'],
      });
      const leader: TestUser = await t.createUser({ name: '王建国', roles: ['leader'] });
      auth.committee = committee.auth;
      auth.leader = leader.auth;
      auth.admin = t.adminAuth;
      auth.stranger = 'Bearer hz_not-a-token-of-anyone';
      const { body } = await t.post(committee, '/api/hazards', freshListing()).expect(201);
      caseId = body.id;
    });
    afterAll(() => t.close());

    it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
      const before = await eventCount();
      const headers: Record<string, string> = { 'Accept-Language': 'en', ...row.headers };
      const authorization = auth[row.as];
      if (authorization) headers.Authorization = authorization;
      if (row.contentType !== undefined) headers['Content-Type'] = row.contentType;
      const path = row.path.replace(':case', caseId).replace(':notice', 'no-such-notice');
      const answer = await send(server, row.method ?? 'POST', path, headers, asBytes(row.body));
      expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({
        status: row.status,
        type: 'application/problem+json; charset=utf-8',
      });
      const problem = JSON.parse(answer.text) as {
        type: string;
        errors?: Array<{ field: string }>;
      };
      expect(problem.type).toBe(`/problems/${row.type}`);
      if (row.field !== undefined) expect(problem.errors?.[0]?.field).toBe(row.field);
      expect(await eventCount()).toBe(before);
    });
  });
}

/** Every endpoint that takes a body, with a body it would accept from the right caller. */
export const BODY_ENDPOINTS: Array<{ path: string; as: Caller; body: object }> = [
  { path: '/api/hazards', as: 'committee', body: listingBody },
  {
    path: '/api/hazards/:case/assign-leader',
    as: 'committee',
    body: { leaderId: 'x', leaderName: '王建国' },
  },
  {
    path: '/api/hazards/:case/reassign-leader',
    as: 'committee',
    body: { leaderId: 'x', leaderName: '王建国' },
  },
  {
    path: '/api/hazards/:case/submit-plan',
    as: 'leader',
    body: {
      responsibleDepartment: '水头镇人民政府',
      responsiblePerson: '李明',
      deadline: '2027-06-30T18:00:00+08:00',
      controlMeasures: ['设置警戒区'],
    },
  },
  { path: '/api/hazards/:case/approve-plan', as: 'committee', body: {} },
  { path: '/api/hazards/:case/reject-plan', as: 'committee', body: { reason: '方案不完整' } },
  { path: '/api/hazards/:case/confirm-controls', as: 'leader', body: { note: '已设置警戒区' } },
  { path: '/api/hazards/:case/record-progress', as: 'leader', body: { note: '施工队已进场' } },
  { path: '/api/hazards/:case/report-rectified', as: 'leader', body: { summary: '已加固' } },
  { path: '/api/hazards/:case/reject-rectification', as: 'committee', body: { reason: '未达标' } },
  { path: '/api/hazards/:case/close', as: 'committee', body: { note: '验收合格' } },
  {
    path: '/api/hazards/:case/request-extension',
    as: 'leader',
    body: { deadline: '2027-07-31T18:00:00+08:00', reason: '材料延迟' },
  },
  { path: '/api/hazards/:case/approve-extension', as: 'committee', body: { reason: '同意' } },
  { path: '/api/hazards/:case/refuse-extension', as: 'committee', body: { reason: '理由不足' } },
  { path: '/api/users', as: 'admin', body: { name: '李四', roles: ['viewer'] } },
  { path: '/api/digests/weekly', as: 'committee', body: {} },
  { path: '/api/notifications/:notice/read', as: 'leader', body: {} },
];

/** `name=value&…` of a flat body, as an HTML form would send it. */
export const formEncoded = (body: object): string =>
  new URLSearchParams(
    Object.entries(body).map(([key, value]): [string, string] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  ).toString();
