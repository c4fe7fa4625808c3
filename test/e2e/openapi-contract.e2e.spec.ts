import SwaggerParser from '@apidevtools/swagger-parser';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM = 'application/problem+json';

interface Operation {
  name: string;
  path: string;
  operation: OperationObject;
}

/** Every answer of the live app's document, described: the whole contract, not a sample. */
describe('the OpenAPI contract at /docs-json', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let operations: Operation[];

  const responsesOf = (path: string, method: (typeof METHODS)[number] = 'get') =>
    (document.paths[path]?.[method]?.responses ?? {}) as Record<string, ResponseObject>;

  beforeAll(async () => {
    t = await startTestApp();
    const served = (await t.http().get('/docs-json').expect(200)).text;
    await SwaggerParser.validate(JSON.parse(served));
    document = JSON.parse(served);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) =>
        item[method]
          ? [{ name: `${method.toUpperCase()} ${path}`, path, operation: item[method] }]
          : [],
      ),
    );
  });
  afterAll(() => t.close());

  it('gives every operation a success answer with a schema for each of its media types', () => {
    expect(operations.length).toBeGreaterThan(60);
    const lacking = operations.flatMap(({ name, operation }) => {
      const successes = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
      if (successes.length === 0) return [`${name}: no 2xx answer`];
      return successes.flatMap(([status, response]) => {
        const content = (response as ResponseObject).content ?? {};
        if (status === '204')
          return Object.keys(content).length ? [`${name}: 204 with a body`] : [];
        const types = Object.entries(content);
        if (types.length === 0) return [`${name}: ${status} without content`];
        return types.flatMap(([type, media]) =>
          media.schema ? [] : [`${name}: ${status} ${type}`],
        );
      });
    });
    expect(lacking).toEqual([]);
  });

  it('answers every problem as problem+json in the one shared schema', () => {
    const ref = { $ref: '#/components/schemas/ProblemDetails' };
    const wrong = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        // /health's 503 is its report (which probe is down), not a problem.
        .filter(([status]) => !(name === 'GET /health' && status === '503'))
        .flatMap(([status, response]) => {
          const content = (response as ResponseObject).content ?? {};
          const schema = content[PROBLEM]?.schema as ReferenceObject | undefined;
          const fine = Object.keys(content).join() === PROBLEM && schema?.$ref === ref.$ref;
          return fine ? [] : [`${name}: ${status}`];
        }),
    );
    expect(wrong).toEqual([]);
    expect(Object.keys(document.components?.schemas ?? {})).toContain('ProblemDetails');
  });

  it('tags each operation with exactly one resource', () => {
    const tagged = operations.map(({ name, operation }) => [name, operation.tags ?? []]);
    expect(tagged.filter(([, tags]) => tags.length !== 1)).toEqual([]);
    expect(new Set(tagged.map(([, tags]) => tags[0]))).toEqual(
      new Set([
        'session',
        'users',
        'registries',
        'units',
        'inspections',
        'general hazards',
        'lists',
        'hazards',
        'dashboard',
        'health',
        'digests',
        'daily figures',
        'daily reports',
        'spot checks',
        'notifications',
        'operations',
      ]),
    );
  });

  it("describes the operator's pages, which no controller serves", () => {
    expect(Object.keys(responsesOf('/admin/queues')).sort()).toEqual(['200', '401', '403']);
    expect(Object.keys(responsesOf('/admin/queues')['200']?.content ?? {})).toEqual(['text/html']);
    expect(Object.keys(responsesOf('/metrics')['200']?.content ?? {})).toEqual([
      expect.stringMatching(/^text\/plain; version=0\.0\.4/),
    ]);
  });

  it('marks optional headers optional and lists each header once', () => {
    const headers = operations.flatMap(({ name, operation }) =>
      ((operation.parameters ?? []) as ParameterObject[])
        .filter((parameter) => parameter.in === 'header')
        .map((parameter) => ({
          name,
          header: parameter.name.toLowerCase(),
          required: parameter.required === true,
        })),
    );
    expect(headers.filter((header) => header.required)).toEqual([]);
    const keys = headers.map(({ name, header }) => `${name} ${header}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(headers).toEqual(
      expect.arrayContaining([
        { name: 'GET /api/notifications', header: 'accept-language', required: false },
        { name: 'GET /api/hazards/export', header: 'accept-language', required: false },
      ]),
    );
  });

  it('names the media types of the digest, the export and the import template', () => {
    const types = (path: string) => Object.keys(responsesOf(path)['200']?.content ?? {}).sort();
    for (const path of ['/api/digests/weekly/{week}', '/api/digests/weekly/current']) {
      expect(types(path)).toEqual(['application/json', 'text/html', 'text/markdown']);
    }
    expect(types('/api/hazards/export')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
    expect(types('/api/units/imports/template')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
  });

  it('documents the 204 of marking a notice read', () => {
    expect(Object.keys(responsesOf('/api/notifications/{id}/read', 'post'))).toContain('204');
  });
});
