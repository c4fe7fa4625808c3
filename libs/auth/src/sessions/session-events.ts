/** The facts of a `session-<hash>` stream: a person signed in, kept using it, signed out. */
export type SessionEvent =
  | {
      type: 'SessionStarted';
      data: {
        userId: string;
        /** The user stream's revision at sign-in: a later password set or deactivation voids it. */
        userRevision: number;
        /** ISO-8601 with offset. */
        expiresAt: string;
        /** SHA-256 (hex) of the CSRF token handed out with the session. */
        csrfHash: string;
      };
    }
  | { type: 'SessionRefreshed'; data: { expiresAt: string } }
  | { type: 'SessionEnded'; data: { reason: 'signedOut' } };
