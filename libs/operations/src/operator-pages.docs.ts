import { getSchemaPath } from '@nestjs/swagger';
import type { OperationObject, ResponsesObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from '@hazard/http';
import type { MountedPaths } from '@hazard/http';
import { METRICS_PATH, metricsRegistry } from '@hazard/observability';
import { QUEUE_BOARD_PATH } from './operations-paths';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetails) } } },
});

const ADMINS_ONLY: ResponsesObject = {
  '401': problem('未登录或令牌无效 / not signed in, or the token is not valid'),
  '403': problem('需要管理员角色 / needs role admin'),
};

const page = (operation: OperationObject): OperationObject => ({
  tags: ['operations'],
  ...operation,
  responses: { ...operation.responses, ...ADMINS_ONLY },
});

/** The operator's pages in the OpenAPI document: /metrics only where PORT serves it. */
export function operatorPagesDocs(metricsOnApiPort: boolean): MountedPaths {
  const paths: MountedPaths = {
    [QUEUE_BOARD_PATH]: {
      get: page({
        operationId: 'queueBoard',
        summary: '队列视图（Bull Board）/ the queue view (Bull Board)',
        description:
          '期限、周报、日报与 Webhook 队列的作业：等待、延迟、失败与重试。仅限管理员。 / ' +
          'The jobs of the deadline, digest, daily report and webhook queues. Admins only.',
        responses: {
          '200': {
            description: '队列视图页面 / the queue view',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
        },
      }),
    },
  };
  if (metricsOnApiPort) {
    paths[METRICS_PATH] = {
      get: page({
        operationId: 'metrics',
        summary: 'Prometheus 指标 / Prometheus metrics',
        description:
          '管理员令牌或会话，或 METRICS_TOKEN 作为 Bearer 令牌。设置 METRICS_PORT 后改由该端口提供。 / ' +
          "An admin's token or session, or METRICS_TOKEN as a bearer token. " +
          'With METRICS_PORT set, that port serves it instead.',
        responses: {
          '200': {
            description: 'Prometheus 文本格式 / the Prometheus text format',
            content: { [metricsRegistry.contentType]: { schema: { type: 'string' } } },
          },
        },
      }),
    };
  }
  return paths;
}
