import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject, ParameterObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const COMMANDS = [
  'assign-leader',
  'reassign-leader',
  'submit-plan',
  'approve-plan',
  'reject-plan',
  'confirm-controls',
  'record-progress',
  'report-rectified',
  'reject-rectification',
  'close',
  'request-extension',
  'approve-extension',
  'refuse-extension',
];

describe('the OpenAPI document at /docs-json', () => {
  let t: TestApp;
  let served: string;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    served = (await t.http().get('/docs-json').expect(200)).text;
    document = JSON.parse(served);
  });
  afterAll(() => t.close());

  it('is a valid OpenAPI document', async () => {
    await expect(SwaggerParser.validate(JSON.parse(served))).resolves.toBeDefined();
  });

  it('documents every command with its headers, result and problems', () => {
    const list = document.paths['/api/hazards']?.post;
    expect(Object.keys(list?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413', '422']),
    );
    expect(document.paths['/api/users']?.post).toBeDefined();
    for (const command of COMMANDS) {
      const operation = document.paths[`/api/hazards/{id}/${command}`]?.post;
      expect({ command, documented: operation !== undefined }).toEqual({
        command,
        documented: true,
      });
      const headers = (operation?.parameters ?? []).map((p) => (p as ParameterObject).name);
      expect(headers).toEqual(expect.arrayContaining(['If-Match', 'Idempotency-Key', 'id']));
      const problem = operation?.responses['409'] as ResponseObject;
      expect(Object.keys(problem.content ?? {})).toEqual(['application/problem+json']);
    }
  });

  it('gives the submit-plan body its limits and a Chinese example', () => {
    const schema = document.components?.schemas?.SubmitPlanRequestDto as SchemaObject;
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'responsibleDepartment',
        'responsiblePerson',
        'deadline',
        'controlMeasures',
      ]),
    );
    const measures = schema.properties?.controlMeasures as SchemaObject;
    expect(measures).toMatchObject({ minItems: 1, maxItems: 20 });
    expect(schema.properties?.responsiblePerson).toMatchObject({ maxLength: 100, example: '李明' });
  });

  it('serves the UI at /docs without a token', async () => {
    const response = await t.http().get('/docs').redirects(1);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger-ui');
  });
});
