/**
 * The streams of identity facts. A user's facts live in `user-<id>`; a login name is claimed in
 * `login-<normalised login>` (appended with `no_stream`, so two claims cannot both win); each
 * session has its own `session-<SHA-256 of its id>`, so that keeping a session alive never
 * grows its user's stream.
 */
export const USER_STREAM_PREFIX = 'user-';
export const LOGIN_STREAM_PREFIX = 'login-';
export const SESSION_STREAM_PREFIX = 'session-';

export const userStreamId = (userId: string): string => `${USER_STREAM_PREFIX}${userId}`;
export const loginStreamId = (loginKey: string): string => `${LOGIN_STREAM_PREFIX}${loginKey}`;
export const sessionStreamId = (sessionHash: string): string =>
  `${SESSION_STREAM_PREFIX}${sessionHash}`;

/** 2 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit; no case. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** One spelling per login: `ZhangSan ` and `zhangsan` are the same person. */
export const normalizeLogin = (login: string): string =>
  login.normalize('NFKC').trim().toLowerCase();
