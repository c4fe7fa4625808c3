import { listingBody } from '../../support/hazard-requests';
import { describeHostileCorpus } from './hostile-corpus';
import type { HostileRow } from './hostile-corpus';

const JSON_TYPE = 'application/json';
const json = (row: Omit<HostileRow, 'contentType' | 'as'> & Partial<HostileRow>): HostileRow => ({
  as: 'committee',
  contentType: JSON_TYPE,
  ...row,
});

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

const malformed: HostileRow[] = [
  ['/api/hazards', '{"title": "某厂", '],
  ['/api/hazards/:case/close', "{'note': '验收合格'}"],
  ['/api/hazards/:case/approve-plan', '{"a":1}{"b":2}'],
  ['/api/users', '{"name": "李四", "roles": ["viewer"],}'],
  ['/api/digests/weekly', '{"week": 2026-W48}'],
].map(([path, body]) =>
  json({ name: `${path}: malformed JSON`, path, body, status: 400, type: 'malformed-json' }),
);

const tooDeep: HostileRow[] = [
  json({
    name: 'an array nested 5,000 deep (well under the size limit)',
    path: '/api/hazards',
    body: deepArray(5000),
    status: 400,
    type: 'too-deeply-nested',
  }),
  json({
    name: 'an object nested 3,000 deep',
    path: '/api/hazards/:case/approve-plan',
    body: deepObject(3000),
    status: 400,
    type: 'too-deeply-nested',
  }),
  json({
    name: 'a field nested 17 deep inside a valid listing',
    path: '/api/hazards',
    body: JSON.stringify({ ...listingBody, criterion: JSON.parse(deepObject(16)) }),
    status: 400,
    type: 'too-deeply-nested',
  }),
  json({
    name: 'deep nesting without a token',
    path: '/api/users',
    as: 'nobody',
    body: deepArray(20_000),
    status: 400,
    type: 'too-deeply-nested',
  }),
  json({
    name: 'brackets inside a string are text, not nesting (then a 422 for the title)',
    path: '/api/hazards',
    body: { ...listingBody, title: '['.repeat(300) },
    status: 422,
    type: 'validation-failed',
    field: 'title',
  }),
];

const invalidUtf8: HostileRow[] = [
  ['a stray 0xFF byte', bytes('{"note":"', [0xff, 0xfe], '"}')],
  ['an overlong encoding of "/"', bytes('{"note":"', [0xc0, 0xaf], '"}')],
  ['a UTF-8-encoded surrogate (CESU-8)', bytes('{"note":"', [0xed, 0xa0, 0x80], '"}')],
  ['a truncated multi-byte character', bytes('{"note":"验', [0xe6, 0x94], '"}')],
  ['Latin-1 text declared as UTF-8', bytes('{"note":"caf', [0xe9], '"}')],
].map(([what, body]) =>
  json({
    name: `close: ${String(what)}`,
    path: '/api/hazards/:case/close',
    body: body as Buffer,
    contentType: 'application/json; charset=utf-8',
    status: 400,
    type: 'invalid-utf8',
  }),
);

const notAnObject: HostileRow[] = [
  ['/api/hazards/:case/approve-plan', '[]'],
  ['/api/hazards/:case/approve-plan', '[{}]'],
  ['/api/hazards', JSON.stringify([listingBody])],
  ['/api/hazards/:case/close', '"验收合格"'],
  ['/api/hazards/:case/close', '42'],
  ['/api/digests/weekly', 'null'],
  ['/api/users', 'true'],
].map(([path, body]) =>
  json({
    name: `${path}: ${body.slice(0, 20)} as the body`,
    path,
    body,
    status: 400,
    type: 'body-not-object',
  }),
);

const prototypeKeys: HostileRow[] = [
  ['/api/hazards/:case/approve-plan', '{"__proto__": {"admin": true}}', '__proto__'],
  ['/api/hazards/:case/approve-plan', '{"constructor": {"prototype": {"x": 1}}}', 'constructor'],
  ['/api/hazards/:case/close', '{"note": "验收合格", "toString": "x"}', 'toString'],
  ['/api/hazards/:case/close', '{"note": "验收合格", "valueOf": 1}', 'valueOf'],
  ['/api/hazards/:case/close', '{"note": "验收合格", "hasOwnProperty": 1}', 'hasOwnProperty'],
  [
    '/api/hazards',
    JSON.stringify(listingBody).replace('"clause"', '"__proto__":{},"clause"'),
    'criterion.__proto__',
  ],
  [
    '/api/users',
    '{"name": "李四", "roles": ["viewer"], "__proto__": {"roles": ["admin"]}}',
    '__proto__',
  ],
  ['/api/digests/weekly', '{"prototype": {}}', 'prototype'],
  [
    '/api/hazards/:case/submit-plan',
    '{"controlMeasures": [{"__proto__": 1}]}',
    'controlMeasures.0.__proto__',
  ],
].map(([path, body, field]) =>
  json({
    name: `${path}: prototype key ${field}`,
    path,
    as: path.startsWith('/api/users')
      ? 'admin'
      : path.includes('submit-plan')
        ? 'leader'
        : 'committee',
    body,
    status: 422,
    type: 'validation-failed',
    field,
  }),
);

const nullsAndWeeks: HostileRow[] = [
  json({
    name: 'digest: week null (was a 500)',
    path: '/api/digests/weekly',
    body: { week: null },
    status: 422,
    type: 'validation-failed',
    field: 'week',
  }),
  json({
    name: 'digest: week 1970-W01',
    path: '/api/digests/weekly',
    body: { week: '1970-W01' },
    status: 422,
    type: 'validation-failed',
    field: 'week',
  }),
  json({
    name: 'digest: a week that does not exist',
    path: '/api/digests/weekly',
    body: { week: '2026-W60' },
    status: 422,
    type: 'validation-failed',
    field: 'week',
  }),
  json({
    name: 'digest: a week far in the future',
    path: '/api/digests/weekly',
    body: { week: '2999-W01' },
    status: 422,
    type: 'validation-failed',
    field: 'week',
  }),
  json({
    name: 'digest: a week as a number',
    path: '/api/digests/weekly',
    body: { week: 202648 },
    status: 422,
    type: 'validation-failed',
    field: 'week',
  }),
  json({
    name: 'digest: an unknown field',
    path: '/api/digests/weekly',
    body: { weeks: ['2026-W48'] },
    status: 422,
    type: 'validation-failed',
    field: 'weeks',
  }),
  json({
    name: 'approve-extension: reason null',
    path: '/api/hazards/:case/approve-extension',
    body: { reason: null },
    status: 422,
    type: 'validation-failed',
    field: 'reason',
  }),
  json({
    name: 'approve-extension: deadline null',
    path: '/api/hazards/:case/approve-extension',
    body: { deadline: null },
    status: 422,
    type: 'validation-failed',
    field: 'deadline',
  }),
  json({
    name: 'reassign-leader: reason null',
    path: '/api/hazards/:case/reassign-leader',
    body: { leaderId: 'x', leaderName: '王建国', reason: null },
    status: 422,
    type: 'validation-failed',
    field: 'reason',
  }),
  json({
    name: 'users: towns null',
    path: '/api/users',
    as: 'admin',
    body: { name: '李四', roles: ['viewer'], towns: null },
    status: 422,
    type: 'validation-failed',
    field: 'towns',
  }),
  json({
    name: 'users: roles as a string',
    path: '/api/users',
    as: 'admin',
    body: { name: '李四', roles: 'admin' },
    status: 422,
    type: 'validation-failed',
    field: 'roles',
  }),
  json({
    name: 'users: the scheduler role',
    path: '/api/users',
    as: 'admin',
    body: { name: '李四', roles: ['scheduler'] },
    status: 422,
    type: 'validation-failed',
    field: 'roles',
  }),
  json({
    name: 'listing: criterion as a string',
    path: '/api/hazards',
    body: { ...listingBody, criterion: 'GB 50292' },
    status: 422,
    type: 'validation-failed',
    field: 'criterion',
  }),
];

const limitsAndHeaders: HostileRow[] = [
  json({
    name: 'a 70 kB body is a 413',
    path: '/api/hazards',
    body: { ...listingBody, description: 'x'.repeat(70_000) },
    status: 413,
    type: 'payload-too-large',
  }),
  json({
    name: 'a 70 kB body without a token is a 413',
    path: '/api/users',
    as: 'nobody',
    body: { name: 'x'.repeat(70_000) },
    status: 413,
    type: 'payload-too-large',
  }),
  json({
    name: 'an unknown Content-Encoding',
    path: '/api/hazards/:case/close',
    body: { note: '验收合格' },
    headers: { 'Content-Encoding': 'compress' },
    status: 415,
    type: 'unsupported-media-type',
  }),
  json({
    name: 'gzip that is not gzip',
    path: '/api/hazards/:case/close',
    body: { note: '验收合格' },
    headers: { 'Content-Encoding': 'gzip' },
    status: 400,
    type: 'unreadable-body',
  }),
  json({
    name: 'a malformed Idempotency-Key',
    path: '/api/hazards/:case/close',
    body: { note: '验收合格' },
    headers: { 'Idempotency-Key': 'two words' },
    status: 400,
    type: 'invalid-header',
  }),
  json({
    name: 'a malformed If-Match',
    path: '/api/hazards/:case/close',
    body: { note: '验收合格' },
    headers: { 'If-Match': 'v2' },
    status: 400,
    type: 'invalid-header',
  }),
  json({
    name: 'an unknown token',
    path: '/api/hazards/:case/close',
    as: 'stranger',
    body: { note: '验收合格' },
    status: 401,
    type: 'unauthorized',
  }),
];

describeHostileCorpus('bodies that are not what a command reads', [
  ...malformed,
  ...tooDeep,
  ...invalidUtf8,
  ...notAnObject,
  ...prototypeKeys,
  ...nullsAndWeeks,
  ...limitsAndHeaders,
]);
