import type {
  OpenAPIObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('the OpenAPI document of the read endpoints', () => {
  let t: TestApp;
  let document: OpenAPIObject;

  const schemaOf = (path: string, status = '200'): SchemaObject => {
    const response = document.paths[path]?.get?.responses[status] as ResponseObject;
    const ref = (response.content?.['application/json']?.schema as ReferenceObject).$ref;
    return document.components?.schemas?.[ref.split('/').at(-1)!] as SchemaObject;
  };
  const problems = (path: string) =>
    Object.entries(document.paths[path]?.get?.responses ?? {})
      .filter(([status]) => status !== '200')
      .map(([status, response]) => [
        status,
        Object.keys((response as ResponseObject).content ?? {}),
      ]);

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('gives the list, the detail, the dashboard and the issued digests a response schema', () => {
    expect(Object.keys(schemaOf('/api/hazards').properties ?? {})).toEqual(
      expect.arrayContaining(['items', 'total', 'nextCursor']),
    );
    const item = document.components?.schemas?.HazardListItemResponseDto as SchemaObject;
    expect(Object.keys(item.properties ?? {})).toEqual(
      expect.arrayContaining([
        'deadlineInForce',
        'overdue',
        'escalationLevel',
        'industryAuthority',
      ]),
    );
    expect(schemaOf('/api/hazards/{id}').properties?.allowedActions).toMatchObject({
      type: 'array',
    });
    expect(Object.keys(schemaOf('/api/dashboard').properties ?? {})).toEqual(
      expect.arrayContaining(['byState', 'overdue', 'dueWithin7Days', 'byTown', 'weekly']),
    );
    expect(Object.keys(schemaOf('/api/digests/weekly').properties ?? {})).toEqual(['items']);
  });

  it('documents the list’s new parameters and the export’s formats and problems', () => {
    const names = (path: string) =>
      (document.paths[path]?.get?.parameters ?? []).map((p) => (p as ParameterObject).name);
    const filters = ['q', 'sort', 'industryAuthority', 'dueWithinDays', 'overdue', 'state'];
    expect(names('/api/hazards')).toEqual(expect.arrayContaining([...filters, 'cursor']));
    expect(names('/api/hazards/export')).toEqual(expect.arrayContaining([...filters, 'format']));
    expect(names('/api/hazards/export')).not.toContain('cursor');
    for (const path of ['/api/hazards', '/api/hazards/export', '/api/dashboard']) {
      for (const [status, types] of problems(path)) {
        expect({ path, status, types }).toEqual({
          path,
          status,
          types: ['application/problem+json'],
        });
      }
    }
    expect(problems('/api/hazards/export').map(([status]) => status)).toContain('422');
  });
});
