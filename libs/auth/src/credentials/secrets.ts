import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, URL-safe: session ids, CSRF tokens and the secret part of API tokens. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/**
 * Only this SHA-256 (hex) of a token or session id is ever stored: the events and read models
 * name credentials without holding anything that would work if they leaked.
 */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** Compares two hex digests without leaking, through timing, how many leading bytes match. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
