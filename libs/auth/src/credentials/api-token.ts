import { randomSecret } from './secrets';

/**
 * `hz_<user id>.<secret>`: the user id (22 URL-safe characters) lets a replica that has not yet
 * projected a token issued a moment ago on another replica check it against that user's stream.
 * Tokens issued before users were events (`hz_<secret>`) carry no id and keep working.
 */
const TOKEN = /^hz_([A-Za-z0-9_-]{22})\.[A-Za-z0-9_-]{43}$/;

const HEX_UUID = /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/;

export function generateApiToken(userId: string): string {
  const id = Buffer.from(userId.replace(/-/g, ''), 'hex').toString('base64url');
  return `hz_${id}.${randomSecret()}`;
}

export function userIdInToken(token: string): string | null {
  const id = TOKEN.exec(token)?.[1];
  if (!id) return null;
  const parts = HEX_UUID.exec(Buffer.from(id, 'base64url').toString('hex'));
  return parts ? parts.slice(1).join('-') : null;
}
