import { randomUUID } from 'node:crypto';
import { generateApiToken, userIdInToken } from './api-token';
import { checkPassword, hashPassword, verifyPassword } from './password-hash';
import { hashSecret, sameDigest } from './secrets';

describe('API tokens', () => {
  it('carry their user id, so a replica can find the user before projecting the token', () => {
    const userId = randomUUID();
    const token = generateApiToken(userId);
    expect(token).toMatch(/^hz_[\w-]{22}\.[\w-]{43}$/);
    expect(userIdInToken(token)).toBe(userId);
    expect(generateApiToken(userId)).not.toBe(token);
  });

  it('of the old format, or malformed, name no user', () => {
    const old = `hz_${'A'.repeat(43)}`;
    for (const token of [old, 'hz_abc.def', 'Bearer x', `${generateApiToken(randomUUID())}x`]) {
      expect(userIdInToken(token)).toBeNull();
    }
  });

  it('are stored as a SHA-256 that compares in constant time', () => {
    expect(hashSecret('hz_x')).toMatch(/^[0-9a-f]{64}$/);
    expect(sameDigest(hashSecret('hz_x'), hashSecret('hz_x'))).toBe(true);
    expect(sameDigest(hashSecret('hz_x'), hashSecret('hz_y'))).toBe(false);
    expect(sameDigest(hashSecret('hz_x'), 'abcd')).toBe(false);
  });
});

describe('passwords', () => {
  it('hash with a salt of their own, verify the right one only, Unicode-normalised', async () => {
    const first = await hashPassword('安全生产-Ａｂｃ-2026');
    const second = await hashPassword('安全生产-Ａｂｃ-2026');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('安全生产');
    // Full-width letters are the same password as their ASCII forms (NFKC).
    expect(await verifyPassword('安全生产-Abc-2026', first)).toBe(true);
    expect(await verifyPassword('安全生产-Abc-2027', first)).toBe(false);
  });

  it('with no hash to check against, still fail', async () => {
    expect(await checkPassword('anything-at-all', null)).toBe(false);
  });
});
