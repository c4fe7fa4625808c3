import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from './problem-details';

const MEANINGS: Record<number, string> = {
  400: '请求格式错误（JSON 或请求头）/ malformed request',
  401: '未登录、会话已过期或令牌无效 / not signed in, session expired, or invalid bearer token',
  403: '角色或辖区无权操作，或缺少 CSRF 令牌 / role or jurisdiction forbids it, or no CSRF token',
  404: '案件或用户不存在 / unknown case or user',
  409: '当前状态不允许、并发修改或登录名已被使用 / not allowed now, concurrent change, or login taken',
  412: 'If-Match 版本已过期 / stale If-Match version',
  413: '请求体过大 / body too large',
  415: '请求体须为 application/json / body must be application/json',
  422: '字段校验失败 / field-level validation failure',
  429: '认证失败次数过多，见 Retry-After / too many failed authentications',
};

/** Documents the problem+json answers a route can give. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANINGS[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetails) } } },
      }),
    ),
  );
