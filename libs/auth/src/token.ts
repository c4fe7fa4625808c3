import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh API token: 32 random bytes, URL-safe, recognisable by its prefix. */
export const generateToken = (): string => `hz_${randomBytes(32).toString('base64url')}`;

/** Only this hash is stored; a leaked users file does not leak working tokens. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/** Compares two digests without leaking, through timing, how many leading bytes match. */
export const sameDigest = (a: Buffer, b: Buffer): boolean =>
  a.length === b.length && timingSafeEqual(a, b);
