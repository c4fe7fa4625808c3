import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** A stored password: scrypt with its own salt and the parameters it was made with. */
export interface PasswordHash {
  [key: string]: unknown;
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  keyLength: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export const PASSWORD_MIN_LENGTH = 10;
/** scrypt reads all of it: a bound keeps a huge "password" from being a denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * One of OWASP's equivalent scrypt settings (2^15, 8, 3): about a quarter of a second and
 * 32 MiB per hash. Each hash records its parameters, so raising them later breaks nothing.
 */
const COST = { N: 2 ** 15, r: 8, p: 3, keyLength: 32 };

type Cost = Pick<PasswordHash, 'N' | 'r' | 'p' | 'keyLength'>;

function derive(password: string, salt: Buffer, { N, r, p, keyLength }: Cost) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(
      // Unicode normalisation: the same password typed on two keyboards must match.
      password.normalize('NFKC'),
      salt,
      keyLength,
      { N, r, p, maxmem: 256 * N * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return {
    algorithm: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Costs what a real check costs; no password derives to it (and it is never accepted). */
const DECOY: PasswordHash = {
  algorithm: 'scrypt',
  ...COST,
  salt: Buffer.alloc(16).toString('base64'),
  hash: Buffer.alloc(COST.keyLength).toString('base64'),
};

/**
 * Verifies against `stored`, or, when there is none (unknown login, no password), spends the
 * same time on a decoy and fails: how long a sign-in takes tells nothing about the login.
 */
export async function checkPassword(
  password: string,
  stored: PasswordHash | null,
): Promise<boolean> {
  if (stored) return verifyPassword(password, stored);
  await verifyPassword(password, DECOY);
  return false;
}
