import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, toZonedIso } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { checkPassword } from '../credentials/password-hash';
import { hashSecret, randomSecret } from '../credentials/secrets';
import { IdentityQueries } from '../read-model/identity-queries';
import { identityEvents } from '../users/identity-metadata';
import { IDENTITY_READ_MODEL } from '../users/identity-read-model.port';
import type { IdentityReadModelPort } from '../users/identity-read-model.port';
import type { IdentityActor } from '../users/identity-metadata';
import { LOGIN_PATTERN, normalizeLogin, sessionStreamId } from '../users/identity-streams';
import { loadUser } from '../users/load-user';
import { loginHolder } from '../users/login-claims';
import { InvalidCredentialsError } from '../users/user-errors';
import type { UserState } from '../users/user-state';
import { earnedExpiry } from './session-expiry';
import type { SessionEvent } from './session-events';
import type { SessionState } from './session-state';

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  sessionId: string;
  csrfToken: string;
}

const HOUR_MS = 60 * 60 * 1000;
/** Bounds the memory of refreshes this instance made but has not yet seen projected. */
const REFRESH_MEMORY = 10_000;

/** Sign-in, sign-out and keeping a session alive; every session is a stream of its own. */
@Injectable()
export class SessionService {
  private readonly ttlMs: number;
  private readonly timeZone: string;
  /** Session hash → the expiry this instance last appended, until the read model shows it. */
  private readonly refreshed = new Map<string, number>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly queries: IdentityQueries,
    @Inject(IDENTITY_READ_MODEL) private readonly readModel: IdentityReadModelPort,
    config: ConfigService<Environment, true>,
  ) {
    this.ttlMs = config.get('SESSION_TTL_HOURS', { infer: true }) * HOUR_MS;
    this.timeZone = config.get('TIME_ZONE', { infer: true });
  }

  /**
   * Reads the user's stream itself, not the read model: a password set or an account
   * created a moment ago on another replica counts at once. Every failure is the same
   * InvalidCredentialsError, after the same scrypt work.
   */
  async signIn(login: string, password: string): Promise<{ user: UserState } & StartedSession> {
    const key = normalizeLogin(login);
    const userId = LOGIN_PATTERN.test(key)
      ? (this.queries.userIdByLogin(key) ?? (await loginHolder(this.store, key)))
      : null;
    const user = userId ? await loadUser(this.store, userId) : null;
    const passwordMatches = await checkPassword(password, user?.password ?? null);
    if (!user || !user.active || !passwordMatches) throw new InvalidCredentialsError();
    return { user, ...(await this.start(user, randomSecret())) };
  }

  /** A new session for `user` as of its stream's current revision, with this CSRF token. */
  async start(user: UserState, csrfToken: string): Promise<StartedSession> {
    const sessionId = randomSecret();
    const now = this.clock.now();
    const command = { name: 'StartSession', id: randomUUID() };
    await this.append(hashSecret(sessionId), 'no_stream', this.actorOf(user), command, {
      type: 'SessionStarted',
      data: {
        userId: user.id,
        userRevision: user.revision,
        expiresAt: this.iso(now.getTime() + this.ttlMs),
        csrfHash: hashSecret(csrfToken),
      },
    });
    return { sessionId, csrfToken };
  }

  /** Ends a session for good; ending it twice appends nothing more. */
  async end(sessionHash: string, by: IdentityActor): Promise<void> {
    await this.append(
      sessionHash,
      'any',
      by,
      { name: 'EndSession', id: 'sign-out' },
      {
        type: 'SessionEnded',
        data: { reason: 'signedOut' },
      },
    );
  }

  /** Whether the session has run out at this instant. */
  expired(session: SessionState): boolean {
    return session.expiresAt <= this.clock.now().getTime();
  }

  /**
   * Moves the expiry on when this request earns a later one (see session-expiry.ts). The
   * event id derives from the expiry, so replicas refreshing at once append it once.
   */
  async keepAlive(sessionHash: string, session: SessionState, user: UserState): Promise<void> {
    const target = earnedExpiry(this.clock.now().getTime(), this.ttlMs);
    const known = Math.max(session.expiresAt, this.refreshed.get(sessionHash) ?? 0);
    if (target <= known) return;
    const command = { name: 'RefreshSession', id: `refresh-${target}` };
    await this.append(sessionHash, 'any', this.actorOf(user), command, {
      type: 'SessionRefreshed',
      data: { expiresAt: this.iso(target) },
    });
    if (this.refreshed.size >= REFRESH_MEMORY) this.refreshed.clear();
    this.refreshed.set(sessionHash, target);
  }

  private async append(
    sessionHash: string,
    expected: 'no_stream' | 'any',
    actor: IdentityActor,
    command: { name: string; id: string },
    event: SessionEvent,
  ): Promise<void> {
    const streamId = sessionStreamId(sessionHash);
    const context = {
      actor,
      commandId: command.id,
      now: this.clock.now(),
      timeZone: this.timeZone,
    };
    const events = identityEvents(streamId, command.name, context, [event]);
    await this.store.append(streamId, events, expected);
  }

  private actorOf(user: UserState): IdentityActor {
    return { userId: user.id, name: user.name };
  }

  private iso(ms: number): string {
    return toZonedIso(new Date(ms), this.timeZone);
  }
}
