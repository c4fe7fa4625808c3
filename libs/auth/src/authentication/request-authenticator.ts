import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import type { Actor } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { userIdInToken } from '../credentials/api-token';
import { hashSecret, sameDigest } from '../credentials/secrets';
import { IdentityQueries } from '../read-model/identity-queries';
import { SessionService } from '../sessions/session.service';
import { foldSession } from '../sessions/session-state';
import { sessionStreamId } from '../users/identity-streams';
import { loadUser } from '../users/load-user';
import { UserDirectory } from '../users/user-directory';
import type { UserState } from '../users/user-state';
import { BOOTSTRAP_ADMIN } from './bootstrap-admin';
import { cookiesOf, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session-cookies';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The session a cookie-authenticated request runs in. */
export interface SessionCredential {
  /** SHA-256 (hex) of the session id: what names its stream. */
  hash: string;
  csrfHash: string;
}

export interface Authenticated {
  actor: Actor;
  /** Present when the request came with the session cookie rather than a bearer token. */
  session?: SessionCredential;
}

const actorOf = (user: UserState): Actor => ({
  userId: user.id,
  name: user.name,
  roles: user.roles,
  towns: user.towns,
  departments: user.departments,
  ...(user.unitId ? { unitId: user.unitId } : {}),
});

/**
 * Who is asking: `Authorization: Bearer <token>` (machines, and ADMIN_TOKEN), else the
 * `hz_session` cookie (people). Both give the same Actor. Answers come from the read model;
 * what it has not seen yet is looked up in the event store, so credentials issued a moment
 * ago on another replica work at once, while revocations reach this one within the
 * projection's lag.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly adminTokenHash: string | null;

  constructor(
    private readonly queries: IdentityQueries,
    private readonly directory: UserDirectory,
    private readonly sessions: SessionService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    config: ConfigService<Environment, true>,
  ) {
    const adminToken = config.get('ADMIN_TOKEN', { infer: true });
    this.adminTokenHash = adminToken ? hashSecret(adminToken) : null;
  }

  /** Null when the request carries no credential that works. */
  async authenticate(request: Request): Promise<Authenticated | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      return token ? this.byToken(token) : null;
    }
    const sessionId = cookiesOf(request)[SESSION_COOKIE];
    return sessionId ? this.bySession(sessionId) : null;
  }

  /** Double submit: the header equals the cookie, and both are the token this session was given. */
  csrfPasses(request: Request, session: SessionCredential): boolean {
    const header = request.headers[CSRF_HEADER];
    const cookie = cookiesOf(request)[CSRF_COOKIE];
    if (typeof header !== 'string' || !cookie) return false;
    const headerHash = hashSecret(header);
    return sameDigest(headerHash, hashSecret(cookie)) && sameDigest(headerHash, session.csrfHash);
  }

  private async byToken(token: string): Promise<Authenticated | null> {
    const tokenHash = hashSecret(token);
    if (this.adminTokenHash && sameDigest(tokenHash, this.adminTokenHash)) {
      return { actor: BOOTSTRAP_ADMIN };
    }
    const known = this.queries.userIdByTokenHash(tokenHash);
    let user = known ? this.queries.user(known) : null;
    if (!known) {
      const userId = userIdInToken(token);
      const fresh = userId ? await loadUser(this.store, userId) : null;
      user = fresh?.tokenHashes.includes(tokenHash) ? fresh : null;
    }
    return user?.active ? { actor: actorOf(user) } : null;
  }

  private async bySession(sessionId: string): Promise<Authenticated | null> {
    const hash = hashSecret(sessionId);
    let session = this.queries.session(hash);
    // Unknown here, or expired by this instance's copy while another may have refreshed it.
    if (!session || this.sessions.expired(session)) {
      session = foldSession(await this.store.read(sessionStreamId(hash)));
    }
    if (!session || session.ended || this.sessions.expired(session)) return null;
    const user = await this.directory.state(session.userId);
    if (!user?.active || session.userRevision < user.sessionsValidFrom) return null;
    await this.sessions.keepAlive(hash, session, user);
    return { actor: actorOf(user), session: { hash, csrfHash: session.csrfHash } };
  }
}
