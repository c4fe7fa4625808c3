import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

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

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** When set, events go to EventStoreDB instead of the embedded SQLite file. */
  @IsOptional()
  @Matches(/^(esdb|kurrentdb|kdb)(\+discover)?:\/\//, {
    message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  @IsString()
  TIME_ZONE = 'Asia/Shanghai';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string;

  /** Run the BullMQ workers and schedulers in this process (embedded mode). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKERS = true;

  @IsIn(['zh-CN', 'en'])
  DEFAULT_LANG: 'zh-CN' | 'en' = 'zh-CN';
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
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new Error(
      `Invalid configuration: ${first.property}=${JSON.stringify(first.value)}: ${message}`,
    );
  }
  return env;
}
