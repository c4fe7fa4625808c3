import { LANGUAGES } from '@hazard/domain';
import type { Actor, Language } from '@hazard/domain';
import type { DigestFormat } from '@hazard/reporting';
import { CliUsageError } from '../cli-command';
import type { CliCommand, CliValues } from '../cli-command';

const CLI_ACTOR: Actor = {
  userId: 'system:cli',
  name: 'Admin CLI',
  roles: ['admin'],
  towns: [],
  departments: [],
};

function choice<T extends string>(
  values: CliValues,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export const digestCommand: CliCommand = {
  name: 'digest',
  summary: "Issue or print a week's supervision digest (每周一报)",
  usage: [
    '[--week 2026-W48] [--issue] [--format md|html|json] [--lang zh-CN|en]',
    'default week: the last completed one; without --issue an unissued week is computed, not stored',
  ].join('\n'),
  options: {
    week: { type: 'string' },
    issue: { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
  },
  imports: async () => [(await import('@hazard/reporting')).WeeklyDigestCoreModule],
  async run(app, values) {
    const { DIGEST_FORMATS, renderDigest, WeeklyDigestService } = await import('@hazard/reporting');
    const digests = app.get(WeeklyDigestService);
    const format = choice<DigestFormat>(values, 'format', DIGEST_FORMATS, 'md');
    const lang = choice<Language>(values, 'lang', LANGUAGES, 'zh-CN');
    const week = typeof values.week === 'string' ? values.week : digests.lastCompletedWeek();
    let digest;
    if (values.issue) {
      const issued = await digests.issue(CLI_ACTOR, week);
      process.stderr.write(
        issued.created
          ? `issued ${issued.digest.week}\n`
          : `${issued.digest.week} was already issued at ${issued.issuedAt}; showing it unchanged\n`,
      );
      digest = issued.digest;
    } else {
      const stored = await digests.stored(week);
      if (!stored) process.stderr.write(`${week} has not been issued; computed now, not stored\n`);
      digest = stored?.digest ?? (await digests.preview(week));
    }
    process.stdout.write(renderDigest(digest, format, lang).body);
    if (format === 'json') process.stdout.write('\n');
    return 0;
  },
};
