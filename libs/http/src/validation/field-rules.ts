import type { ValidationArguments } from 'class-validator';

type Params = Record<string, unknown>;
type Render = (field: string, params: Params) => string;

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : String(values));

/**
 * Every reason the HTTP layer gives for refusing a field, in both languages. Validators name a
 * rule (and its numbers); the words are chosen here, once, when the problem is answered.
 */
const RULES = {
  unknownField: {
    en: (f) => `property ${f} should not exist`,
    zh: (f) => `不允许的字段 ${f}`,
  },
  required: { en: (f) => `${f} is required`, zh: (f) => `${f} 为必填项` },
  notNull: {
    en: (f) => `${f} must not be null (leave it out instead)`,
    zh: (f) => `${f} 不能为 null（不填写时请省略该字段）`,
  },
  notString: { en: (f) => `${f} must be a string`, zh: (f) => `${f} 必须是字符串` },
  blank: { en: (f) => `${f} must not be blank`, zh: (f) => `${f} 不能为空白` },
  tooLong: {
    en: (f, p) => `${f} must be shorter than or equal to ${p.max} characters`,
    zh: (f, p) => `${f} 不能超过 ${p.max} 个字符`,
  },
  lineBreak: {
    en: (f) => `${f} must be a single line without control characters (line breaks, tabs, …)`,
    zh: (f) => `${f} 须为单行文字，不能包含换行、制表符等控制字符`,
  },
  controlCharacter: {
    en: (f) => `${f} must not contain control characters other than line breaks and tabs`,
    zh: (f) => `${f} 除换行和制表符外不能包含控制字符`,
  },
  bidiControl: {
    en: (f) => `${f} must not contain bidirectional override characters`,
    zh: (f) => `${f} 不能包含双向文字控制符`,
  },
  loneSurrogate: {
    en: (f) => `${f} contains malformed Unicode (an unpaired surrogate)`,
    zh: (f) => `${f} 含有不成对的 Unicode 代理项（编码错误）`,
  },
  notArray: { en: (f) => `${f} must be an array`, zh: (f) => `${f} 必须是数组` },
  tooFewItems: {
    en: (f, p) => `${f} must contain at least ${p.min} item(s)`,
    zh: (f, p) => `${f} 至少需要 ${p.min} 项`,
  },
  tooManyItems: {
    en: (f, p) => `${f} must contain at most ${p.max} items`,
    zh: (f, p) => `${f} 最多 ${p.max} 项`,
  },
  notObject: { en: (f) => `${f} must be an object`, zh: (f) => `${f} 必须是对象` },
  oneOf: {
    en: (f, p) => `${f} must be one of the following values: ${list(p.values)}`,
    zh: (f, p) => `${f} 必须是以下值之一：${list(p.values)}`,
  },
  repeated: { en: (f) => `${f} must be given once`, zh: (f) => `${f} 只能出现一次` },
  wholeNumber: {
    en: (f) => `${f} must be a whole number written in plain digits, e.g. 2`,
    zh: (f) => `${f} 必须是只由数字组成的整数，如 2`,
  },
  fraction: {
    en: (f) => `${f} must be a whole number, not a fraction`,
    zh: (f) => `${f} 必须是整数，不能是小数`,
  },
  tooSmall: {
    en: (f, p) => `${f} must not be less than ${p.min}`,
    zh: (f, p) => `${f} 不能小于 ${p.min}`,
  },
  tooLarge: {
    en: (f, p) => `${f} must not be greater than ${p.max}`,
    zh: (f, p) => `${f} 不能大于 ${p.max}`,
  },
  boolean: { en: (f) => `${f} must be true or false`, zh: (f) => `${f} 只能是 true 或 false` },
  zonedDateTime: {
    en: (f) => `${f} must be an ISO-8601 date-time with an offset, e.g. 2026-12-31T18:00:00+08:00`,
    zh: (f) => `${f} 必须是带时区的 ISO-8601 日期时间，如 2026-12-31T18:00:00+08:00`,
  },
  calendarDate: {
    en: (f) => `${f} must be a valid calendar date-time`,
    zh: (f) => `${f} 不是有效的日期时间`,
  },
  isoWeek: {
    en: (f) => `${f} must be an ISO week such as 2026-W48`,
    zh: (f) => `${f} 必须是 ISO 周，如 2026-W48`,
  },
  weekBeforeRecord: {
    en: (f, p) => `${f} ${p.week} is before the record begins; the earliest week is ${p.earliest}`,
    zh: (f, p) => `${f} ${p.week} 早于记录开始的时间，最早可为 ${p.earliest}`,
  },
  calendarDay: {
    en: (f) => `${f} must be a calendar date such as 2026-11-30`,
    zh: (f) => `${f} 必须是日期，如 2026-11-30`,
  },
  seed: {
    en: (f) => `${f} must be 1 to 64 letters, digits, _ or -`,
    zh: (f) => `${f} 须为 1 至 64 个字母、数字、_ 或 -`,
  },
  spotCheckId: {
    en: (f) => `${f} must be a drawn spot check such as 2026-11-30/1`,
    zh: (f) => `${f} 必须是已抽取的抽查编号，如 2026-11-30/1`,
  },
  unitId: {
    en: (f) => `${f} must be the id of a registered unit`,
    zh: (f) => `${f} 必须是已登记单位的编号`,
  },
  cursor: {
    en: (f) => `${f} must be a nextCursor value from a previous page`,
    zh: (f) => `${f} 必须是上一页返回的 nextCursor`,
  },
  searchText: {
    en: (f) => `${f} must contain at least one letter or digit`,
    zh: (f) => `${f} 须至少包含一个文字、字母或数字`,
  },
  leaderRole: {
    en: () => 'must be the id of an active user with the leader role',
    zh: () => '必须是已启用、具有挂牌领导（leader）角色的用户编号',
  },
  login: {
    en: (f) =>
      `${f} must be 2 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    zh: (f) => `${f} 须为 2 至 64 个字母、数字、“.”、“_”或“-”，并以字母或数字开头`,
  },
  passwordLength: {
    en: (f, p) => `${f} must be ${p.min} to ${p.max} characters`,
    zh: (f, p) => `${f} 须为 ${p.min} 至 ${p.max} 个字符`,
  },
} satisfies Record<string, { en: Render; zh: Render }>;

export type FieldRule = keyof typeof RULES;

/** A refused field with its reason in both languages; `message` is the English one. */
export interface LocalizedFieldError {
  field: string;
  message: string;
  zh: string;
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** `label` is how the message names the field (its property name); `field` is its full path. */
export function fieldError(
  field: string,
  rule: FieldRule,
  params: Params = {},
  label = field,
): LocalizedFieldError {
  const name = clip(label);
  return {
    field: clip(field),
    message: RULES[rule].en(name, params),
    zh: RULES[rule].zh(name, params),
  };
}

const MARK = 'field-rule:';

interface Encoded {
  rule: FieldRule;
  params: Params;
  /** An item of a list: its index extends the field path. */
  index?: number;
}

/** How a validator's message carries its rule through class-validator to the 422. */
export const encodeRule = (rule: FieldRule, params: Params = {}, index?: number): string =>
  MARK + JSON.stringify({ rule, params, index } satisfies Encoded);

export function decodeRule(message: string): Encoded | null {
  if (!message.startsWith(MARK)) return null;
  const decoded = JSON.parse(message.slice(MARK.length)) as Encoded;
  return decoded.rule in RULES ? decoded : null;
}

/**
 * A message for class-validator's own decorators: `says('tooLarge', 'max')` names the rule and
 * the decorator's constraints, in order.
 */
export const says =
  (rule: FieldRule, ...constraintNames: string[]) =>
  (args: ValidationArguments): string =>
    encodeRule(
      rule,
      Object.fromEntries(constraintNames.map((name, i) => [name, args.constraints?.[i]])),
    );
