import { Writable } from 'node:stream';
import pino from 'pino';
import { withCorrelationId } from './correlation';
import { loggerOptions, wantsPretty } from './log-options';

function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('log options', () => {
  it('writes JSON unless on a terminal or asked for pretty lines', () => {
    expect(wantsPretty('auto', false)).toBe(false);
    expect(wantsPretty('auto', true)).toBe(true);
    expect(wantsPretty('json', true)).toBe(false);
    expect(wantsPretty('pretty', false)).toBe(true);
  });

  it('redacts passwords, tokens, secrets and credential headers, however logged', () => {
    const { logger, lines } = memoryLogger();
    logger.info(
      {
        body: { login: 'chen', password: 'hunter2-hunter2' },
        issued: { token: 'hz_secret_token' },
        req: { headers: { authorization: 'Bearer abc', cookie: 'hz_session=1', accept: '*/*' } },
      },
      'signed in',
    );
    const [line] = lines;
    expect(line).toMatchObject({
      body: { login: 'chen', password: '[redacted]' },
      issued: { token: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', accept: '*/*' } },
    });
    expect(typeof line.time).toBe('string');
    expect(Date.parse(String(line.time))).not.toBeNaN();
  });

  it('adds the correlation id of the job being run, once', () => {
    const { logger, lines } = memoryLogger();
    withCorrelationId('job-7', () => logger.info('fired'));
    withCorrelationId('job-8', () => logger.child({ correlationId: 'request-1' }).info('bound'));
    logger.info('outside');
    expect(lines.map((l) => l.correlationId)).toEqual(['job-7', 'request-1', undefined]);
  });
});
