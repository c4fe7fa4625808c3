import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

describe('the console before it is built', () => {
  const empty = tempDir('hazard-console-none-');
  let app: TestApp;

  beforeAll(async () => {
    process.env.CONSOLE_DIR = empty.file('console');
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    empty.remove();
  });

  it('says at / and at every console route, in both languages, to run npm run build', async () => {
    for (const path of ['/', '/hazards']) {
      const page = await app.http().get(path).expect(404);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('控制台尚未构建');
      expect(page.text).toContain('The console has not been built');
      expect(page.text).toContain('npm run build');
    }
  });

  it('still runs the API', async () => {
    expect((await app.http().get('/api/hazards').set('Authorization', app.adminAuth)).status).toBe(
      200,
    );
    expect((await app.http().get('/api/unknown').expect(404)).body.type).toBe(
      '/problems/not-found',
    );
  });
});
