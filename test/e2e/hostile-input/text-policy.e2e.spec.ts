import { freshListing, planBody } from '../../support/hazard-requests';
import { describeHostileCorpus } from './hostile-corpus';
import type { Caller, HostileRow } from './hostile-corpus';

/** Text that must never reach a legal record, whatever field it is sent in. */
const EVERYWHERE: Array<[string, string]> = [
  ['a NUL character', '隐患\u0000名称'],
  ['an ANSI escape sequence', '\u001b[31m红色\u001b[0m'],
  ['a DEL character', '名称\u007f'],
  ['a C1 control (NEL)', '名称\u0085'],
  ['an unpaired high surrogate', '名称\ud800'],
  ['an unpaired low surrogate', '\udc00名称'],
  ['zero-width characters only', '\u200b\u200c\u200d\u2060'],
  ['a byte-order mark only', '\ufeff'],
  ['ideographic spaces only', '\u3000\u3000'],
  ['a right-to-left override', '\u202egnp.exe'],
];

/** What one-line fields (names, numbers, titles) refuse besides. */
const ONE_LINE_ONLY: Array<[string, string]> = [
  ['a line break', '第一行\n第二行'],
  ['a tab', '名称\t名称'],
];

interface Field {
  label: string;
  path: string;
  as: Caller;
  field: string;
  multiline: boolean;
  bodyWith: (text: string) => object;
}

const FIELDS: Field[] = [
  {
    label: 'listing title',
    path: '/api/hazards',
    as: 'committee',
    field: 'title',
    multiline: false,
    bodyWith: (title) => ({ ...freshListing(), title }),
  },
  {
    label: 'listing description',
    path: '/api/hazards',
    as: 'committee',
    field: 'description',
    multiline: true,
    bodyWith: (description) => ({ ...freshListing(), description }),
  },
  {
    label: 'criterion clause',
    path: '/api/hazards',
    as: 'committee',
    field: 'criterion.clause',
    multiline: false,
    bodyWith: (clause) => ({ ...freshListing(), criterion: { standard: 'GB 50292', clause } }),
  },
  {
    label: 'leader name',
    path: '/api/hazards/:case/assign-leader',
    as: 'committee',
    field: 'leaderName',
    multiline: false,
    bodyWith: (leaderName) => ({ leaderId: 'x', leaderName }),
  },
  {
    label: 'a control measure',
    path: '/api/hazards/:case/submit-plan',
    as: 'leader',
    field: 'controlMeasures.1',
    multiline: false,
    bodyWith: (measure) => ({ ...planBody, controlMeasures: ['设置警戒区', measure] }),
  },
  {
    label: 'closing note',
    path: '/api/hazards/:case/close',
    as: 'committee',
    field: 'note',
    multiline: true,
    bodyWith: (note) => ({ note }),
  },
  {
    label: 'user name',
    path: '/api/users',
    as: 'admin',
    field: 'name',
    multiline: false,
    bodyWith: (name) => ({ name, roles: ['viewer'] }),
  },
  {
    label: 'a user town',
    path: '/api/users',
    as: 'admin',
    field: 'towns.0',
    multiline: false,
    bodyWith: (town) => ({ name: '李四', roles: ['town'], towns: [town] }),
  },
];

const bodyRows: HostileRow[] = FIELDS.flatMap((f) =>
  [...EVERYWHERE, ...(f.multiline ? [] : ONE_LINE_ONLY)].map(([what, text]): HostileRow => ({
    name: `${f.label}: ${what}`,
    path: f.path,
    as: f.as,
    contentType: 'application/json',
    body: f.bodyWith(text),
    status: 422,
    type: 'validation-failed',
    field: f.field,
  })),
);

// A query is percent-encoded UTF-8, in which an unpaired surrogate cannot be written.
const queryTexts = [...EVERYWHERE, ...ONE_LINE_ONLY].filter(
  ([what]) => !what.includes('surrogate'),
);
const queryRows: HostileRow[] = queryTexts.map(([what, text]) => ({
  name: `hazard list ?town=: ${what}`,
  method: 'GET',
  path: `/api/hazards?town=${encodeURIComponent(text)}`,
  as: 'committee',
  status: 422,
  type: 'validation-failed',
  field: 'town',
}));

describeHostileCorpus('the one text policy, field by field', [...bodyRows, ...queryRows]);
