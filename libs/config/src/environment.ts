import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
// Only digits become a number: `PORT=abc` must be reported as "abc", not as NaN (null).
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
const toNumberList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => Number(part.trim())) : value;
const toTextList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Every setting the system reads from its environment, with its default. */
export class Environment {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  /** The console's built files (`npm run build:console`), served by the API at `/`. */
  @IsString()
  @MinLength(1)
  CONSOLE_DIR = 'dist/console';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /**
   * The key prefix of this install in Redis. Unset: `hz:<install id>`, the install id being
   * kept with the event store, so the API and every worker of one install share it and two
   * installs never do. A start that finds another install's marker under it refuses.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$/, {
    message: 'REDIS_PREFIX must be letters, digits, "_", "-", "." in parts joined by ":"',
  })
  REDIS_PREFIX?: string;

  /**
   * Seconds between two full deadline sweeps (every open case's jobs compared with Redis and
   * repaired), the safety net behind the detector of lost Redis data.
   */
  @Transform(toInt)
  @IsPositive()
  DEADLINE_SWEEP_INTERVAL = 300;

  /** When set, events go to EventStoreDB instead of the embedded SQLite file. */
  @IsOptional()
  @Matches(/^(esdb|kurrentdb|kdb)(\+discover)?:\/\//, {
    message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  /** When set, events go to PostgreSQL instead (e.g. postgres://hazard@db:5432/hazard). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, {
    message: 'EVENTSTORE_URL must be a postgres:// or postgresql:// URL',
  })
  EVENTSTORE_URL?: string;

  /** Connections each process keeps open to the PostgreSQL event store (default 10). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  EVENTSTORE_POOL_SIZE?: number;

  @IsString()
  TIME_ZONE = 'Asia/Shanghai';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string;

  /**
   * A signed-in person's session ends after this many hours without a request (the console
   * then asks them to sign in again).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_TTL_HOURS = 12;

  /** Run the BullMQ workers and schedulers in this process (embedded mode). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKERS = true;

  /** `npm start` loads the demo data set once (same as `npm start -- --demo`). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO = false;

  /**
   * Unknown bearer tokens one client address may present per window before it gets 429s until
   * the window ends (counted in each API process's memory).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURE_LIMIT = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURE_WINDOW_SECONDS = 60;

  /** The most rows one export of the hazard list may hold; a larger selection is a 422. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  EXPORT_MAX_ROWS = 100_000;

  /**
   * The registries (towns, industry departments, unit categories) a fresh install starts
   * from; default: Nan'an's, shipped in libs/registries.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  REGISTRIES_FILE?: string;

  @IsIn(['zh-CN', 'en'])
  DEFAULT_LANG: 'zh-CN' | 'en' = 'zh-CN';

  /** When the weekly digest of the last completed week is issued (cron, in TIME_ZONE). */
  @Matches(/^\s*\S+(\s+\S+){4,5}\s*$/, {
    message: 'DIGEST_CRON must be a 5- or 6-field cron pattern, e.g. "0 8 * * 1"',
  })
  DIGEST_CRON = '0 8 * * 1';

  /**
   * When on, a scheduled digest run that falls on a non-working day (a Monday in a statutory
   * holiday) is held until the same time on the next working day (see DEADLINE_CALENDAR).
   */
  @Transform(toBoolean)
  @IsBoolean()
  DIGEST_ON_WORKING_DAY = false;

  /** When the daily report (每日一报) of the day is issued (cron, in TIME_ZONE). */
  @Matches(/^\s*\S+(\s+\S+){4,5}\s*$/, {
    message: 'DAILY_REPORT_CRON must be a 5- or 6-field cron pattern, e.g. "0 18 * * *"',
  })
  DAILY_REPORT_CRON = '0 18 * * *';

  /** How many towns, units and overdue hazards each ranking of the daily report shows. */
  @Transform(toInt)
  @IsPositive()
  DAILY_REPORT_SHOWN = 10;

  /**
   * Who receives the daily report's notice: roles (`committee`), optionally limited to a
   * jurisdiction (`town@水头镇`, `department@应急管理局`), or users (`user:<id>`), comma-separated.
   */
  @Transform(toTextList)
  @ArrayMinSize(1, { message: 'DAILY_REPORT_RECIPIENTS needs at least one recipient' })
  @Matches(/^(user:\S+|[a-z]+(@\S+)?)$/, {
    each: true,
    message: 'DAILY_REPORT_RECIPIENTS entries are roles, role@jurisdiction or user:<id>',
  })
  DAILY_REPORT_RECIPIENTS: string[] = ['committee', 'hq', 'leader', 'town', 'department'];

  /** Units drawn each day for the field team's spot checks of zero-hazard units. */
  @Transform(toInt)
  @IsPositive()
  SPOT_CHECK_SAMPLE_SIZE = 5;

  /** A unit drawn is not drawn again within this many days. */
  @Transform(toInt)
  @IsPositive()
  SPOT_CHECK_REPEAT_DAYS = 30;

  /** Days a newly assigned leader has to submit the plan, by priority (急重轻缓). */
  @Transform(toInt)
  @IsPositive()
  PLAN_DAYS_URGENT = 3;

  @Transform(toInt)
  @IsPositive()
  PLAN_DAYS_SERIOUS = 7;

  @Transform(toInt)
  @IsPositive()
  PLAN_DAYS_MINOR = 15;

  @Transform(toInt)
  @IsPositive()
  PLAN_DAYS_DEFERRABLE = 30;

  /** Days the committee has to check a reported fix (验收). */
  @Transform(toInt)
  @IsPositive()
  ACCEPTANCE_DAYS = 10;

  /** Reminders this many days before each deadline, e.g. `3,1`. */
  @Transform(toNumberList)
  @IsPositive({ each: true, message: 'REMINDER_DAYS_BEFORE must be positive numbers, e.g. 3,1' })
  REMINDER_DAYS_BEFORE: number[] = [3, 1];

  /** Days from the urging letter to the public notice, then to the summons, e.g. `7,14`. */
  @Transform(toNumberList)
  @ArrayMinSize(2, { message: 'ESCALATION_INTERVAL_DAYS needs two numbers, e.g. 7,14' })
  @IsPositive({ each: true, message: 'ESCALATION_INTERVAL_DAYS must be positive numbers' })
  ESCALATION_INTERVAL_DAYS: number[] = [7, 14];

  /**
   * Days a general hazard (一般隐患) has to be rectified when its finding names no deadline, by
   * grading: urgent, serious, minor, deferrable (急重轻缓).
   */
  @Transform(toNumberList)
  @ArrayMinSize(4, { message: 'GENERAL_RECTIFICATION_DAYS needs four numbers, e.g. 3,7,15,30' })
  @ArrayMaxSize(4, { message: 'GENERAL_RECTIFICATION_DAYS needs four numbers, e.g. 3,7,15,30' })
  @IsPositive({ each: true, message: 'GENERAL_RECTIFICATION_DAYS must be positive numbers' })
  GENERAL_RECTIFICATION_DAYS: number[] = [3, 7, 15, 30];

  /** Days the supervisor has to verify a general hazard's reported fix (验收销号). */
  @Transform(toInt)
  @IsPositive()
  VERIFICATION_DAYS = 7;

  /**
   * Length in seconds of one "day" of the deadline policy. 86400 in production; a demo sets
   * e.g. 20 to watch a case be reminded, missed and escalated within minutes.
   */
  @Transform(toInt)
  @IsPositive()
  DEADLINE_DAY_SECONDS = 86400;

  /**
   * How the days of the deadlines the policy sets are counted: `natural` (every day) or
   * `working` (工作日: weekends and statutory holidays skipped, make-up days counted), for
   * both, or per kind, e.g. `planSubmission=working,acceptance=natural`.
   */
  @Matches(
    /^(natural|working|(planSubmission|acceptance)=(natural|working)(,(planSubmission|acceptance)=(natural|working))*)$/,
    {
      message:
        'DEADLINE_CALENDAR must be natural, working, or kind=calendar pairs, e.g. planSubmission=working,acceptance=natural',
    },
  )
  DEADLINE_CALENDAR = 'natural';

  /** Where each reminder, missed deadline and escalation is also POSTed as JSON. */
  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'NOTIFY_WEBHOOK_URL must be an http(s) URL' },
  )
  NOTIFY_WEBHOOK_URL?: string;

  /**
   * The Standard Webhooks secret (`whsec_` and base64) each delivery is signed with, in the
   * `webhook-id`, `webhook-timestamp` and `webhook-signature` headers; unset, deliveries go
   * unsigned.
   */
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/]{24,}={0,2}$/, {
    message: 'NOTIFY_WEBHOOK_SECRET must be whsec_ followed by at least 18 bytes in base64',
  })
  NOTIFY_WEBHOOK_SECRET?: string;

  /** How much is logged: fatal, error, warn, info, debug, trace or silent. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** `auto`: readable lines on a terminal, JSON lines otherwise; or always `json` or `pretty`. */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /**
   * A bearer token that may read GET /metrics (besides an admin's token or session), for a
   * Prometheus server that should hold no admin rights.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * When set, /metrics is served on this port of METRICS_HOST instead, with no token (keep
   * that port private), and no longer on PORT.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  @IsString()
  @MinLength(1)
  METRICS_HOST = '127.0.0.1';
}

/** Validates the environment; a bad value is one line naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (!isTimeZone(env.TIME_ZONE)) {
    throw new Error(`Invalid configuration: TIME_ZONE "${env.TIME_ZONE}" is not an IANA time zone`);
  }
  if (errors.length > 0) {
    const first = errors[0];
    // Constraints are listed bottom decorator first; the top one (the type) says it best.
    const message = Object.values(first.constraints ?? {}).at(-1) ?? 'is invalid';
    throw new Error(
      `Invalid configuration: ${first.property}=${JSON.stringify(first.value)}: ${message}`,
    );
  }
  if (env.EVENTSTORE_URL && env.EVENTSTORE_CONNECTION_STRING) {
    throw new Error(
      'Invalid configuration: EVENTSTORE_URL and EVENTSTORE_CONNECTION_STRING are both set; set one (PostgreSQL or EventStoreDB)',
    );
  }
  return env;
}
