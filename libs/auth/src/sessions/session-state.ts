import type { StreamEvent } from '../users/user-state';
import type { SessionEvent } from './session-events';

export interface SessionState {
  userId: string;
  userRevision: number;
  csrfHash: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  ended: boolean;
  revision: number;
}

/** Applies one event of a session's stream; the read model folds with this same function. */
export function evolveSession(
  state: SessionState | null,
  recorded: StreamEvent,
): SessionState | null {
  const event = { type: recorded.type, data: recorded.data } as SessionEvent;
  const revision = recorded.revision;
  if (event.type === 'SessionStarted') {
    const { userId, userRevision, csrfHash, expiresAt } = event.data;
    return {
      userId,
      userRevision,
      csrfHash,
      expiresAt: Date.parse(expiresAt),
      ended: false,
      revision,
    };
  }
  if (!state) return null;
  switch (event.type) {
    case 'SessionRefreshed':
      // Refreshes from two replicas may land in either order; the later expiry holds.
      return {
        ...state,
        expiresAt: Math.max(state.expiresAt, Date.parse(event.data.expiresAt)),
        revision,
      };
    case 'SessionEnded':
      return { ...state, ended: true, revision };
    default: {
      const _exhaustive: never = event;
      return { ...state, revision };
    }
  }
}

export const foldSession = (events: StreamEvent[]): SessionState | null =>
  events.reduce<SessionState | null>(evolveSession, null);
