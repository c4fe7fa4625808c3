import type { Page } from 'playwright-core';
import type { Role } from '@hazard/domain';
import type { TestApp } from './test-app';

export interface Person {
  id: string;
  name: string;
  login: string;
  password: string;
  /** `Authorization` header of the API token the user was created with (for set-up only). */
  auth: string;
}

/** A user who signs in with a login and password (CONSOLE-API.md: POST /api/users). */
export async function createPerson(
  app: TestApp,
  person: { name: string; login: string; roles: Role[]; towns?: string[]; departments?: string[] },
): Promise<Person> {
  const password = `${person.login}-密码-0123456789`;
  const response = await app
    .http()
    .post('/api/users')
    .set('Authorization', app.adminAuth)
    .send({ towns: [], departments: [], ...person, password })
    .expect(201);
  const { id, token } = response.body as { id: string; token: string };
  return { id, name: person.name, login: person.login, password, auth: `Bearer ${token}` };
}

/** Signs in through the console's own form, as a person would. */
export async function signIn(page: Page, person: Pick<Person, 'login' | 'password'>) {
  await page.goto('/sign-in');
  await page.getByLabel('用户名').fill(person.login);
  await page.getByLabel('密码').fill(person.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
