import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { MOUNTED_PATHS } from './mounted-paths';
import type { MountedPaths } from './mounted-paths';
import { ProblemDetails } from './problem-details';

/** The OpenAPI document at /docs-json and its UI at /docs. */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('重大隐患挂牌督办 API')
    .setDescription(
      'Event-sourced workflow for major-hazard cases under listed supervision. ' +
        'Errors are RFC 7807 application/problem+json in zh-CN, or English with Accept-Language: en.',
    )
    .setVersion('1')
    .addBearerAuth()
    // People's browsers: the session cookie from POST /api/session (state-changing requests
    // also send X-CSRF-Token). Either scheme will do.
    .addCookieAuth('hz_session', { type: 'apiKey', in: 'cookie', name: 'hz_session' }, 'session')
    .addSecurityRequirements('bearer')
    .addSecurityRequirements('session')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetails],
    // One tag per resource, from @ApiTags: not a second one per controller class.
    autoTagControllers: false,
  });
  Object.assign(document.paths, mountedPaths(app));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** What the app's modules mount beside its controllers; an app without any has none. */
function mountedPaths(app: INestApplication): MountedPaths {
  try {
    return app.get<MountedPaths>(MOUNTED_PATHS, { strict: false });
  } catch {
    return {};
  }
}
