import {
  CAMPAIGN_RECORD_COMMAND_WORDS,
  CAMPAIGN_RECORD_STATE_WORDS,
  CASE_COMMAND_WORDS,
  CASE_STATE_WORDS,
  GENERAL_HAZARD_COMMAND_WORDS,
  GENERAL_HAZARD_STATE_WORDS,
} from '@hazard/domain';
import type { Wording } from '@hazard/domain';
import type { Language } from './problem-details';

/** What a zh-CN detail may quote from the error. */
export interface ProblemFacts {
  [key: string]: unknown;
  state?: string;
  command?: string;
  firstCommand?: string;
  caseId?: string;
  expectedVersion?: number;
  currentVersion?: number;
  errors?: unknown[];
  omittedErrors?: number;
  retryAfter?: number;
  check?: string;
  total?: number;
  limit?: number;
}

interface Message {
  title: Record<Language, string>;
  /** The zh-CN detail; the English detail is the error's own message unless `en` is given. */
  zh: (facts: ProblemFacts) => string;
  en?: (facts: ProblemFacts) => string;
}

/** The state and command words of every stream kind, from the one vocabulary table. */
const STATE_WORDS: Record<string, Wording> = {
  ...CAMPAIGN_RECORD_STATE_WORDS,
  ...GENERAL_HAZARD_STATE_WORDS,
  ...CASE_STATE_WORDS,
};
const COMMAND_WORDS: Record<string, Wording> = {
  ...CAMPAIGN_RECORD_COMMAND_WORDS,
  ...Object.fromEntries(
    Object.entries(GENERAL_HAZARD_COMMAND_WORDS).map(([type, words]) => [type, words.name]),
  ),
  ...Object.fromEntries(
    Object.entries(CASE_COMMAND_WORDS).map(([type, words]) => [type, words.name]),
  ),
};

/** A state or command code in Chinese; unknown codes as they are. */
const stateZh = (code: string | undefined): string =>
  (code && STATE_WORDS[code]?.['zh-CN']) ?? String(code);
const commandZh = (code: string | undefined): string =>
  (code && COMMAND_WORDS[code]?.['zh-CN']) ?? String(code);

const fixed = (zh: string) => () => zh;

const failedFields = (f: ProblemFacts) => (f.errors?.length ?? 0) + (f.omittedErrors ?? 0);

/** The one table of user-facing error text, keyed by problem code. */
const MESSAGES: Record<string, Message> = {
  'validation-failed': {
    title: { 'zh-CN': '请求数据校验未通过', en: 'Validation failed' },
    zh: (f) =>
      `有 ${failedFields(f)} 处字段不符合要求，详见 errors` +
      (f.omittedErrors ? `（列出前 ${f.errors?.length ?? 0} 处）` : ''),
    // The error's own message joins every field, however many there are.
    en: (f) =>
      `${failedFields(f)} field(s) failed validation; see errors` +
      (f.omittedErrors ? ` (the first ${f.errors?.length ?? 0} are listed)` : ''),
  },
  'malformed-json': {
    title: { 'zh-CN': '请求体格式错误', en: 'Malformed request body' },
    zh: fixed('请求体不是合法的 JSON'),
  },
  'payload-too-large': {
    title: { 'zh-CN': '请求体过大', en: 'Payload too large' },
    zh: fixed('请求体超过大小上限'),
  },
  'unsupported-media-type': {
    title: { 'zh-CN': '不支持的请求体类型', en: 'Unsupported media type' },
    zh: fixed('请求体只接受 application/json（UTF-8）；不带请求体时请不要声明其他 Content-Type'),
  },
  'invalid-utf8': {
    title: { 'zh-CN': '请求体编码错误', en: 'Invalid UTF-8' },
    zh: fixed('请求体不是合法的 UTF-8 编码'),
  },
  'too-deeply-nested': {
    title: { 'zh-CN': '请求体嵌套过深', en: 'Body nested too deeply' },
    zh: fixed('请求体中对象或数组的嵌套层级超过上限'),
  },
  'body-not-object': {
    title: { 'zh-CN': '请求体必须是对象', en: 'Body must be an object' },
    zh: fixed('请求体必须是 JSON 对象（{…}），不能是数组、字符串、数字或 null'),
  },
  'unreadable-body': {
    title: { 'zh-CN': '无法读取请求体', en: 'Unreadable request body' },
    zh: fixed('请求体无法读取（传输中断或长度不符）'),
  },
  'too-many-failed-authentications': {
    title: { 'zh-CN': '认证失败次数过多', en: 'Too many failed authentications' },
    zh: (f) => `来自该地址的认证失败次数过多，请在 ${f.retryAfter} 秒后重试`,
  },
  'idempotency-key-mismatch': {
    title: { 'zh-CN': '幂等键已用于不同的请求', en: 'Idempotency key reused with another body' },
    zh: fixed('该 Idempotency-Key 已用于内容不同的请求；重试请发送相同内容，新的操作请换用新的键'),
  },
  'export-too-large': {
    title: { 'zh-CN': '导出数量超过上限', en: 'Export too large' },
    zh: (f) =>
      `筛选结果共 ${f.total} 条，超过单次导出上限 ${f.limit} 条；请增加筛选条件（如乡镇、状态）后再导出`,
  },
  'invalid-header': {
    title: { 'zh-CN': '请求头无效', en: 'Invalid header' },
    zh: (f) => `请求头 ${String(f.header)} 的格式无效`,
  },
  unauthorized: {
    title: { 'zh-CN': '未认证', en: 'Unauthorized' },
    zh: fixed(
      '请先登录（会话已过期或已退出），或提供有效的访问令牌（Authorization: Bearer <token>）',
    ),
  },
  'invalid-credentials': {
    title: { 'zh-CN': '登录失败', en: 'Sign-in failed' },
    zh: fixed('用户名或密码不正确'),
  },
  csrf: {
    title: { 'zh-CN': 'CSRF 校验失败', en: 'CSRF check failed' },
    zh: fixed('以会话 Cookie 提交的修改请求须带 X-CSRF-Token 请求头，其值与 hz_csrf Cookie 相同'),
  },
  'login-taken': {
    title: { 'zh-CN': '登录名已被使用', en: 'Login taken' },
    zh: fixed('该登录名已被其他用户使用，请换一个'),
  },
  'user-not-found': {
    title: { 'zh-CN': '用户不存在', en: 'User not found' },
    zh: fixed('请求的用户不存在'),
  },
  forbidden: {
    title: { 'zh-CN': '无权操作', en: 'Forbidden' },
    zh: fixed('您的角色或辖区无权对该案件执行此操作'),
  },
  'separation-of-duties': {
    title: { 'zh-CN': '须由独立人员办理', en: 'Separation of duties' },
    zh: (f) =>
      f.check === 'plan'
        ? `本案的挂牌领导或方案提交人不能“${commandZh(f.command)}”，须由其他安委会办公室人员审批`
        : `本案的挂牌领导或整改完成报告人不能“${commandZh(f.command)}”，验收须由独立人员进行`,
  },
  'notice-number-taken': {
    title: { 'zh-CN': '督办通知书文号已被使用', en: 'Notice number taken' },
    zh: fixed('该督办通知书文号已用于其他案件，请核对文号'),
  },
  'unit-not-found': {
    title: { 'zh-CN': '单位不存在', en: 'Unit not found' },
    zh: fixed('请求的生产经营单位不存在'),
  },
  'general-hazard-not-found': {
    title: { 'zh-CN': '隐患不存在', en: 'General hazard not found' },
    zh: fixed('请求的一般隐患不存在'),
  },
  'inspection-not-found': {
    title: { 'zh-CN': '检查记录不存在', en: 'Inspection not found' },
    zh: fixed('请求的检查记录不存在'),
  },
  'import-not-found': {
    title: { 'zh-CN': '导入任务不存在', en: 'Import not found' },
    zh: fixed('请求的导入任务不存在'),
  },
  'registry-entry-exists': {
    title: { 'zh-CN': '名录中已有该项', en: 'Already in the registry' },
    zh: fixed('名录中已有同名的项'),
  },
  'registry-entry-not-found': {
    title: { 'zh-CN': '名录中没有该项', en: 'Not in the registry' },
    zh: fixed('名录中没有该名称'),
  },
  'unsupported-spreadsheet': {
    title: { 'zh-CN': '无法读取表格', en: 'Unreadable spreadsheet' },
    zh: (f) => `无法读取上传的表格：${String(f.reason ?? '')}`,
  },
  'case-not-found': {
    title: { 'zh-CN': '案件不存在', en: 'Case not found' },
    zh: (f) => `重大隐患案件 ${String(f.caseId)} 不存在`,
  },
  'not-found': {
    title: { 'zh-CN': '资源不存在', en: 'Not found' },
    zh: fixed('请求的资源不存在'),
  },
  'transition-not-allowed': {
    title: { 'zh-CN': '当前状态不允许该操作', en: 'Transition not allowed' },
    zh: (f) => `案件当前状态（${stateZh(f.state)}）不允许执行“${commandZh(f.command)}”`,
  },
  'idempotency-key-reused': {
    title: { 'zh-CN': '幂等键已被其他操作使用', en: 'Idempotency key reused' },
    zh: (f) =>
      `该 Idempotency-Key 已用于“${commandZh(f.firstCommand)}”，不能再用于“${commandZh(f.command)}”`,
  },
  'concurrent-modification': {
    title: { 'zh-CN': '案件已被他人修改', en: 'Concurrent modification' },
    zh: fixed('案件刚被他人修改，请重新加载后再试'),
  },
  'version-mismatch': {
    title: { 'zh-CN': '版本已过期', en: 'Version mismatch' },
    zh: (f) => `If-Match 指定的版本 ${f.expectedVersion} 已过期，当前版本为 ${f.currentVersion}`,
  },
  'internal-error': {
    title: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
    zh: fixed('服务器内部错误，请稍后重试'),
  },
  'http-error': {
    title: { 'zh-CN': '请求失败', en: 'Request failed' },
    zh: fixed('请求未能完成'),
  },
};

export function problemText(
  code: string,
  language: Language,
  facts: ProblemFacts,
  englishDetail: string,
): { title: string; detail: string } {
  const message = MESSAGES[code] ?? MESSAGES['http-error'];
  return {
    title: message.title[language],
    detail: language === 'en' ? (message.en?.(facts) ?? englishDetail) : message.zh(facts),
  };
}
