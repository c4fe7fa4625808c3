import Redis from 'ioredis';
import { createEventStore } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { ensureInstallId } from './install-identity';
import { redisOptionsFromUrl } from './redis-options';

/** Where this install lives in Redis: every key of it starts with `prefix`. */
export interface RedisNamespace {
  installId: string;
  prefix: string;
  /** REDIS_URL without its credentials, for logs. */
  url: string;
  /** Holds the install id: proof that Redis still has this install's data. */
  markerKey: string;
  /** Present while a rebuild after lost data runs; holds why (for /health). */
  restoringKey: string;
  /** One replica at a time rebuilds or sweeps. */
  restoreLockKey: string;
}

/** The marker of another install was found under the prefix: the start stops with this line. */
export class RedisNamespaceTakenError extends Error {}

export const withoutCredentials = (url: string): string => {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/$/, '');
};

/** The one start-up line: which Redis, whether `npm start` started it, and the key prefix. */
export const describeRedis = (namespace: RedisNamespace, startedByNpmStart: boolean): string =>
  `Redis ${namespace.url} (${startedByNpmStart ? 'started by npm start' : 'not started by npm start'}), key prefix "${namespace.prefix}", install ${namespace.installId}`;

export function namespaceOf(installId: string, redisUrl: string, prefix?: string): RedisNamespace {
  const keyPrefix = prefix ?? `hz:${installId}`;
  return {
    installId,
    prefix: keyPrefix,
    url: withoutCredentials(redisUrl),
    markerKey: `${keyPrefix}:install`,
    restoringKey: `${keyPrefix}:restoring`,
    restoreLockKey: `${keyPrefix}:restore-lock`,
  };
}

/**
 * This install's namespace: the install id from the event store, the prefix REDIS_PREFIX or
 * `hz:<install id>`. Refuses when the prefix holds another install's marker, so that nothing of
 * this start can remove that install's jobs.
 */
export async function openRedisNamespace(
  store: EventStore,
  redisUrl: string,
  prefix?: string,
): Promise<RedisNamespace> {
  const namespace = namespaceOf(await ensureInstallId(store), redisUrl, prefix);
  const client = new Redis({
    ...redisOptionsFromUrl(redisUrl),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    const owner = await client
      .connect()
      .then(() => client.get(namespace.markerKey))
      // Redis away at start: the system starts all the same, and the detector checks later.
      .catch(() => null);
    if (owner !== null && owner !== namespace.installId) {
      throw new RedisNamespaceTakenError(
        `Redis ${namespace.url} key prefix "${namespace.prefix}" belongs to install ${owner}, not to this one (${namespace.installId}): set REDIS_PREFIX to a prefix of its own`,
      );
    }
    return namespace;
  } finally {
    client.disconnect();
  }
}

/**
 * The same check before Nest starts (main.ts), so that a refusal ends as one line rather than
 * as a logged stack trace; returns the namespace for the start-up line.
 */
export async function checkRedisNamespace(env: Environment): Promise<RedisNamespace> {
  const store = createEventStore({
    dataDir: env.DATA_DIR,
    eventStoreUrl: env.EVENTSTORE_URL,
    eventStorePoolSize: 1,
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING,
  });
  try {
    return await openRedisNamespace(store, env.REDIS_URL, env.REDIS_PREFIX);
  } finally {
    await store.close();
  }
}
