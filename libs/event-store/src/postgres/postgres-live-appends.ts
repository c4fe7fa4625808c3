import { Client } from 'pg';
import type { Pool } from 'pg';

const CHANNEL = 'events_appended';
/** How long a lost LISTEN connection waits before it is opened again. */
const RECONNECT_MS = 1000;
/**
 * At most one NOTIFY per this many milliseconds from one store: each costs a round trip
 * and a transaction, which one busy writer would otherwise pay on every append. Other
 * processes learn of an append this much later at worst; our own loops at once.
 */
const NOTIFY_INTERVAL_MS = 5;
/**
 * One statement, one transaction, committed without waiting for the disk: the wake-up
 * carries nothing that must survive a crash. Sent after the append has committed, never
 * inside it: a transaction that notifies holds a server-wide lock until its commit is
 * flushed, which would queue every concurrent append behind it and defeat group commit.
 */
const NOTIFY = `SELECT set_config('synchronous_commit', 'off', true), pg_notify('${CHANNEL}', '')`;

/**
 * Wake-ups for the catch-up loops of every process on the database: each append is
 * followed by a NOTIFY, and one LISTEN connection per store (opened while anyone subscribes)
 * wakes its loops. Losing a notification only delays delivery until the loops' next poll.
 */
export class PostgresLiveAppends {
  private readonly wakers = new Set<() => void>();
  private listener: Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private notifying: Promise<void> | null = null;
  private notifyAgain = false;
  private lastNotify = -Infinity;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly pool: Pool,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Calls `wake` after every append seen; returns the function that stops it. */
  follow(wake: () => void): () => void {
    this.wakers.add(wake);
    this.listen();
    return () => {
      this.wakers.delete(wake);
      if (this.wakers.size === 0) this.stopListening();
    };
  }

  /**
   * An append of ours has committed: wake our own loops now, and everyone else's through
   * a NOTIFY sent after it. Appends that commit before that NOTIFY leaves share it.
   */
  announce(): void {
    this.wakeAll();
    this.notifyAgain = true;
    if (!this.notifying && !this.closed) this.notifying = this.sendNotifications();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    await this.notifying;
  }

  /**
   * Runs at least once (announce has just asked), so `notifying` is cleared only after it
   * is set; close() waits for the last one, so the final appends still wake the others.
   */
  private async sendNotifications(): Promise<void> {
    while (this.notifyAgain) {
      const wait = this.lastNotify + NOTIFY_INTERVAL_MS - performance.now();
      if (wait > 0 && !this.closed) await new Promise((resolve) => setTimeout(resolve, wait));
      this.notifyAgain = false;
      this.lastNotify = performance.now();
      await this.pool.query(NOTIFY).catch(this.onError);
    }
    this.notifying = null;
  }

  private wakeAll(): void {
    this.wakers.forEach((wake) => wake());
  }

  private listen(): void {
    if (this.listener || this.reconnectTimer || this.closed) return;
    const listener = new Client({ connectionString: this.connectionString });
    this.listener = listener;
    const lost = (error?: unknown) => {
      // Ours no more (stopped, or already replaced): its end is expected, not an error.
      if (this.listener !== listener) return;
      if (error) this.onError(error);
      this.listener = null;
      void listener.end().catch(() => undefined);
      if (this.wakers.size === 0 || this.closed) return;
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        if (this.wakers.size > 0) this.listen();
      }, RECONNECT_MS);
    };
    listener.on('notification', () => this.wakeAll());
    listener.on('error', lost);
    listener.on('end', () => lost());
    listener
      .connect()
      .then(() => listener.query(`LISTEN ${CHANNEL}`))
      // Appends made before LISTEN took hold sent their NOTIFY to nobody: look now.
      .then(() => this.wakeAll(), lost);
  }

  private stopListening(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const listener = this.listener;
    this.listener = null;
    if (listener) void listener.end().catch(() => undefined);
  }
}
