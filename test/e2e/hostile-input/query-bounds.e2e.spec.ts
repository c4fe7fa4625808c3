import { describeHostileCorpus } from './hostile-corpus';
import type { Caller, HostileRow } from './hostile-corpus';

const get = (
  name: string,
  path: string,
  field: string,
  as: Caller = 'committee',
  status = 422,
  type = 'validation-failed',
): HostileRow => ({ name, method: 'GET', path, as, status, type, field });

/** The numbers a page or page size is sometimes "written" as. */
const BAD_NUMBERS: Array<[string, string]> = [
  ['negative', '-1'],
  ['zero', '0'],
  ['a fraction', '10.5'],
  ['a plus sign', '%2B5'],
  ['an exponent', '1e20'],
  ['20 digits (OFFSET overflow)', '99999999999999999999'],
  ['hexadecimal', '0x10'],
  ['a word', 'abc'],
  ['empty', ''],
  ['padded with spaces', '%205'],
  ['given twice', '1&$=2'],
];

const numberRows = (path: string, name: string, field: string): HostileRow[] =>
  BAD_NUMBERS.map(([what, value]) =>
    get(
      `${path}?${name}=: ${what}`,
      `${path}?${name}=${value.replace('$', name)}`,
      field,
      path.includes('notifications') ? 'leader' : 'committee',
    ),
  );

const rows: HostileRow[] = [
  ...numberRows('/api/hazards', 'page', 'page'),
  ...numberRows('/api/hazards', 'pageSize', 'pageSize'),
  ...numberRows('/api/notifications', 'page', 'page'),
  ...numberRows('/api/notifications', 'pageSize', 'pageSize'),
  get('hazards: page past its maximum', '/api/hazards?page=10001', 'page'),
  get('hazards: pageSize past its maximum', '/api/hazards?pageSize=101', 'pageSize'),
  get('notifications: page past its maximum', '/api/notifications?page=10001', 'page', 'leader'),
  get(
    'notifications: pageSize past its maximum',
    '/api/notifications?pageSize=101',
    'pageSize',
    'leader',
  ),
  get('events: limit 0', '/api/hazards/:case/events?limit=0', 'limit'),
  get('events: limit past its maximum', '/api/hazards/:case/events?limit=501', 'limit'),
  get('events: after -1', '/api/hazards/:case/events?after=-1', 'after'),
  get('events: after 1e3', '/api/hazards/:case/events?after=1e3', 'after'),
  get('events: an unknown parameter', '/api/hazards/:case/events?from=0', 'from'),
  get('hazards: overdue=yes', '/api/hazards?overdue=yes', 'overdue'),
  get('hazards: overdue=1', '/api/hazards?overdue=1', 'overdue'),
  get('hazards: an unknown state', '/api/hazards?state=deleted', 'state'),
  get('hazards: an unknown priority', '/api/hazards?priority=critical', 'priority'),
  get('hazards: a cursor that is not one', '/api/hazards?cursor=%3Cscript%3E', 'cursor'),
  get('hazards: a cursor of the right form but no meaning', '/api/hazards?cursor=abc', 'cursor'),
  get('hazards: ?constructor=1', '/api/hazards?constructor=1', 'constructor'),
  get('hazards: ?__proto__=1', '/api/hazards?__proto__=1', '__proto__'),
  get('hazards: ?toString=1', '/api/hazards?toString=1', 'toString'),
  get('hazards: ?hasOwnProperty=x', '/api/hazards?hasOwnProperty=x', 'hasOwnProperty'),
  get('notifications: ?valueOf=1', '/api/notifications?valueOf=1', 'valueOf', 'leader'),
  get('events: ?constructor=1', '/api/hazards/:case/events?constructor=1', 'constructor'),
  get('digest: ?format=pdf', '/api/digests/weekly/current?format=pdf', 'format'),
  get('digest: ?lang=fr', '/api/digests/weekly/current?lang=fr', 'lang'),
  get('digest: ?constructor=1', '/api/digests/weekly/current?constructor=1', 'constructor'),
  get('digest: a week that is no week', '/api/digests/weekly/abc', 'week'),
  get('digest: week 99', '/api/digests/weekly/2026-W99', 'week'),
  get('a query on a case: an unknown parameter', '/api/hazards?sort=title', 'sort'),
  {
    name: 'a GET with a form body is refused, not parsed',
    method: 'GET',
    path: '/api/hazards',
    as: 'committee',
    contentType: 'application/x-www-form-urlencoded',
    body: 'page=1e20',
    status: 415,
    type: 'unsupported-media-type',
  },
];

describeHostileCorpus('query numbers, flags and names', rows);
