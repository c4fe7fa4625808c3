import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type {
  BeforeApplicationShutdown,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';
import type { Environment } from '@hazard/config';
import { REDIS_NAMESPACE } from './redis-namespace.provider';
import type { RedisNamespace } from './redis-namespace';
import { redisOptionsFromUrl } from './redis-options';

/** What a worker rebuilds in Redis from the events: deadline jobs, the digest's schedule. */
export interface RedisRestorer {
  name: string;
  /** Makes Redis hold what the events call for; idempotent, cheap when already in sync. */
  restore(): Promise<unknown>;
}

/** How often the marker is looked at: one GET, so a loss is seen within this. */
const CHECK_INTERVAL_MS = 1000;
/** The rebuild's lock and "restoring" flag live this long unless refreshed. */
const LEASE_MS = 30_000;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps Redis holding what the events call for, in the processes that register restorers
 * (workers): at start-up (once Redis answers), whenever this install's marker key is found
 * gone (a restart without persistence, FLUSHALL, a failover to an empty replica, eviction),
 * right after every reconnect, and as a full sweep every DEADLINE_SWEEP_INTERVAL seconds, the
 * safety net for losses that spare the marker. No restart, no operator. One replica at a time
 * (a lock in Redis); while a rebuild after a loss runs, `restoringKey` says why (/health).
 */
@Injectable()
export class RedisLossDetector
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('RedisLossDetector');
  private readonly restorers: RedisRestorer[] = [];
  private client: Redis | null = null;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private started = false;
  private stopped = false;
  private foreignOwnerLogged = false;
  private firstRunDone: () => void = () => undefined;
  /** Resolves once the start-up rebuild has finished (tests wait on it). */
  readonly firstRun = new Promise<void>((done) => (this.firstRunDone = done));

  constructor(
    @Inject(REDIS_NAMESPACE) private readonly namespace: RedisNamespace,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  /** Called by the restorers' owners in onModuleInit, before the watch starts. */
  register(restorer: RedisRestorer): void {
    this.restorers.push(restorer);
  }

  /** Resolves once a rebuild or sweep under way (if any) has finished. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs every restorer now, as the periodic sweep does. */
  sweep(): Promise<void> {
    return this.run(null);
  }

  onApplicationBootstrap(): void {
    if (this.restorers.length === 0) {
      this.firstRunDone();
      return;
    }
    const client = new Redis({
      ...redisOptionsFromUrl(this.config.get('REDIS_URL', { infer: true })),
      maxRetriesPerRequest: 1,
      retryStrategy: () => CHECK_INTERVAL_MS,
    });
    this.client = client;
    // A connection lost is what the checks are for; not worth a line per retry.
    client.on('error', () => undefined);
    client.on('ready', () => {
      if (this.started) {
        void this.check();
        return;
      }
      // Start-up: Redis may have lost anything while the system was down.
      this.started = true;
      void this.run(null).finally(() => this.firstRunDone());
    });
    const sweepMs = this.config.get('DEADLINE_SWEEP_INTERVAL', { infer: true }) * 1000;
    this.timers = [
      setInterval(() => void this.check(), CHECK_INTERVAL_MS),
      setInterval(() => void this.sweep(), sweepMs),
    ];
    this.timers.forEach((timer) => timer.unref());
  }

  private async check(): Promise<void> {
    const client = this.client;
    if (!client || !this.started || client.status !== 'ready' || this.running) return;
    const owner = await client.get(this.namespace.markerKey).catch(() => undefined);
    if (owner === undefined || owner === this.namespace.installId) return;
    if (owner === null) return this.run("Redis lost this install's data");
    if (!this.foreignOwnerLogged) {
      this.foreignOwnerLogged = true;
      this.logger.error(
        `key prefix "${this.namespace.prefix}" now holds install ${owner}'s marker, not this one's (${this.namespace.installId}): give each install its own REDIS_PREFIX`,
      );
    }
  }

  private run(lost: string | null): Promise<void> {
    if (this.running || this.stopped) return this.running ?? Promise.resolve();
    this.running = this.rebuild(lost).finally(() => (this.running = null));
    return this.running;
  }

  private async rebuild(lost: string | null): Promise<void> {
    const client = this.client;
    if (!client) return;
    const { restoreLockKey, restoringKey, markerKey, installId } = this.namespace;
    const token = randomUUID();
    const locked = await client.set(restoreLockKey, token, 'PX', LEASE_MS, 'NX').catch(() => null);
    // Another replica rebuilds: the next check sees its marker, or tries again.
    if (locked !== 'OK') return;
    const flag = async () => {
      if (lost) await client.set(restoringKey, lost, 'PX', LEASE_MS).catch(() => undefined);
    };
    const refresh = setInterval(() => {
      void client.pexpire(restoreLockKey, LEASE_MS).catch(() => undefined);
      void flag();
    }, LEASE_MS / 3);
    const started = Date.now();
    try {
      await flag();
      if (lost) this.logger.warn(`${lost}: rebuilding it from the events`);
      for (const restorer of this.restorers) {
        const result = await restorer.restore();
        if (lost) this.logger.log(`${restorer.name} rebuilt: ${JSON.stringify(result ?? {})}`);
      }
      await client.set(markerKey, installId);
      if (lost) this.logger.log(`Redis rebuilt in ${Date.now() - started} ms`);
    } catch (error) {
      // The next check or sweep tries again.
      this.logger.warn(`rebuilding Redis failed: ${message(error)}`);
    } finally {
      clearInterval(refresh);
      if (lost) await client.del(restoringKey).catch(() => undefined);
      if ((await client.get(restoreLockKey).catch(() => null)) === token) {
        await client.del(restoreLockKey).catch(() => undefined);
      }
    }
  }

  /** No new rebuild; the one under way finishes while the event store is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach((timer) => clearInterval(timer));
    this.firstRunDone();
    await this.settled();
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
