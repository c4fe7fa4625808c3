import type request from 'supertest';
import type { Role } from '@hazard/domain';

export interface TestUser {
  id: string;
  name: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface NewTestUser {
  name: string;
  roles: Role[];
  towns?: string[];
  departments?: string[];
  /** The unit a user with the `unit` role acts for. */
  unitId?: string;
  /** With a password: the user can sign in (signIn). */
  login?: string;
  password?: string;
}

/** A person signed in through POST /api/session, as the console would be. */
export interface SignedInUser {
  id: string;
  name: string;
  /** The `Cookie` header a browser would send: hz_session and hz_csrf. */
  cookie: string;
  csrfToken: string;
  /** For any request: `Cookie` and `X-CSRF-Token` (which only state-changing ones need). */
  headers: { Cookie: string; 'X-CSRF-Token': string };
}

/** `POST /api/users` as an admin (expects 201): the user and their API token. */
export async function createUserOver(
  http: () => ReturnType<typeof request>,
  adminAuth: string,
  user: NewTestUser,
): Promise<TestUser> {
  const response = await http()
    .post('/api/users')
    .set('Authorization', adminAuth)
    .send(user)
    .expect(201);
  const { id, token } = response.body as { id: string; token: string };
  return { id, name: user.name, token, auth: `Bearer ${token}` };
}

/** Signs in (expects 200) and returns the cookie jar and CSRF header of the session. */
export async function signInOver(
  http: () => ReturnType<typeof request>,
  login: string,
  password: string,
): Promise<SignedInUser> {
  const response = await http().post('/api/session').send({ login, password }).expect(200);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const value = (name: string) =>
    cookies
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0]
      .slice(name.length + 1) ?? '';
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
  const csrfToken = value('hz_csrf');
  const { id, name } = response.body.user as { id: string; name: string };
  return { id, name, cookie, csrfToken, headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } };
}
