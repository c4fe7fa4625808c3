import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException } from '@nestjs/common';
import { TransitionNotAllowedError } from '@hazard/domain';
import { preferredLanguage } from './preferred-language';
import { ProblemDetailsFilter } from './problem-details.filter';

/** A response that records what the filter wrote. */
function capture(acceptLanguage?: string) {
  const written = { status: 0, headers: {} as Record<string, string>, body: '' };
  const response = {
    headersSent: false,
    status(code: number) {
      written.status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      written.headers[name.toLowerCase()] = value;
      return this;
    },
    type(value: string) {
      written.headers['content-type'] = value;
      return this;
    },
    send(body: string) {
      written.body = body;
      return this;
    },
  };
  const request = {
    method: 'POST',
    originalUrl: '/api/hazards/x/close',
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, written, problem: () => JSON.parse(written.body) };
}

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter('zh-CN');
  jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);

  it('turns an unknown error into a bare 500 that leaks neither message nor stack', () => {
    const { host, written, problem } = capture();
    filter.catch(new Error('SQLITE_CORRUPT at /srv/data/events.sqlite'), host);
    expect(written.status).toBe(500);
    expect(written.headers['content-type']).toBe('application/problem+json');
    expect(written.body).not.toMatch(/SQLITE|srv|at /);
    expect(problem()).toEqual({
      type: '/problems/internal-error',
      title: '服务器内部错误',
      status: 500,
      detail: '服务器内部错误，请稍后重试',
      instance: '/api/hazards/x/close',
      code: 'internal-error',
    });
  });

  it('carries state and command on a 409, in English when asked', () => {
    const { host, written, problem } = capture('en;q=0.8, fr;q=0.9');
    filter.catch(new TransitionNotAllowedError('CloseCase', 'listed'), host);
    expect(written.status).toBe(409);
    expect(written.headers['content-language']).toBe('en');
    expect(problem()).toMatchObject({
      title: 'Transition not allowed',
      detail: 'CloseCase is not allowed in state listed',
      state: 'listed',
      command: 'CloseCase',
    });
  });

  it('renders Nest HTTP exceptions with their status', () => {
    const { host, written, problem } = capture();
    filter.catch(new BadRequestException('bad'), host);
    expect(written.status).toBe(400);
    expect(problem()).toMatchObject({ code: 'http-error', title: '请求失败' });
  });
});

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-TW,en;q=0.5', 'zh-CN'],
    ['fr, en;q=0.3, zh;q=0.7', 'zh-CN'],
    ['fr, de', 'zh-CN'],
    ['zh;q=0, en', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(preferredLanguage(header, 'zh-CN')).toBe(expected);
  });
});
