import { capabilitiesOf } from '../../apps/console/src/api/openapi-capabilities';
import type { Capabilities } from '../../apps/console/src/api/openapi-capabilities';
import { FILTER_KEYS } from '../../apps/console/src/hazards/list-filters';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * The console turns a list filter, the export or a registry on once the API's own
 * OpenAPI document lists it. Read off the real document: what the API has today is seen by
 * the names and path spellings the console asks for, so what lands later the same way (a
 * property of the list's query DTO, a controller route) is seen without a change.
 */
describe("the console's reading of the API's OpenAPI document", () => {
  let app: TestApp;
  let capabilities: Capabilities;

  beforeAll(async () => {
    app = await startTestApp();
    capabilities = capabilitiesOf((await app.http().get('/docs-json').expect(200)).body);
  });
  afterAll(() => app.close());

  it('sees every list filter the console offers among the parameters the API documents', () => {
    expect([...capabilities.listParameters]).toEqual(
      expect.arrayContaining([...FILTER_KEYS, 'leaderId', 'cursor']),
    );
  });

  it('a filter the API does not document would be refused (422): hence the check', async () => {
    const refused = await app
      .http()
      .get('/api/hazards?notAFilter=1')
      .set('Authorization', app.adminAuth)
      .expect(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['notAFilter']);
  });

  it('finds endpoints by the path spelling of OpenAPI, and nothing that is not there', () => {
    expect(capabilities.has('get', '/api/hazards/{id}')).toBe(true);
    expect(capabilities.has('get', '/api/hazards/{id}/events')).toBe(true);
    expect(capabilities.has('post', '/api/hazards/{id}/assign-leader')).toBe(true);
    expect(capabilities.has('get', '/api/users')).toBe(true);
    expect(capabilities.has('get', '/api/hazards/export')).toBe(true);
    expect(capabilities.has('get', '/api/digests/weekly')).toBe(true);
    expect(capabilities.has('post', '/api/hazards/{id}/events')).toBe(false);
    expect(capabilities.has('get', '/api/no-such-thing')).toBe(false);
  });
});
