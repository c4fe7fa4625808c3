import { mkdirSync, writeFileSync } from 'node:fs';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

/**
 * How the API serves a built console: the files under assets/ for a year, the page itself
 * revalidated on every visit, the page for any console route, and the API's own paths
 * untouched. A stand-in build (two files) keeps this spec independent of Vite.
 */
describe('serving the console at /', () => {
  const build = tempDir('hazard-console-build-');
  let app: TestApp;

  beforeAll(async () => {
    mkdirSync(build.file('assets'));
    writeFileSync(build.file('index.html'), '<!doctype html><title>控制台</title>');
    writeFileSync(build.file('assets/index-Ab12Cd.js'), 'console.log("控制台")');
    writeFileSync(build.file('favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    process.env.CONSOLE_DIR = build.path;
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    build.remove();
  });

  it('answers / with the console page, revalidated on every visit', async () => {
    const page = await app.http().get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>控制台</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a deep link of the browser router with the same page', async () => {
    const page = await app.http().get('/hazards/7d0c6f4e-1c2b-4a39-9f55-2f4a3f7e9c10').expect(200);
    expect(page.text).toContain('<title>控制台</title>');
    expect((await app.http().get('/users?tab=new').expect(200)).text).toContain('控制台');
  });

  it('serves hashed assets with a year-long immutable cache, other files revalidated', async () => {
    const script = await app.http().get('/assets/index-Ab12Cd.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.http().get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file with a 404, not with the page', async () => {
    const missing = await app.http().get('/assets/index-gone.js').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('leaves the API alone: unknown /api paths stay problem+json 404, /health and /docs answer', async () => {
    for (const path of ['/api/nothing-here', '/api', '/api/hazards/x/y/z']) {
      const response = await app.http().get(path).expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await app.http().get('/health')).body.status).toBeDefined();
    const health = await app.http().get('/health').set('Authorization', app.adminAuth);
    expect(health.body.checks).toBeDefined();
    expect((await app.http().get('/docs-json').expect(200)).body.openapi).toMatch(/^3\./);
    expect((await app.http().get('/api/hazards').expect(401)).body.status).toBe(401);
  });

  it('does not answer other methods with the page', async () => {
    const response = await app.http().post('/hazards').send({}).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
