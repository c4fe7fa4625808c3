import { validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(validateEnvironment({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      SESSION_TTL_HOURS: 12,
    });
  });

  it('selects PostgreSQL with a postgres:// or postgresql:// URL and a pool size', () => {
    expect(
      validateEnvironment({
        EVENTSTORE_URL: 'postgresql://hazard@127.0.0.1:5432/hazard',
        EVENTSTORE_POOL_SIZE: '20',
      }),
    ).toMatchObject({
      EVENTSTORE_URL: 'postgresql://hazard@127.0.0.1:5432/hazard',
      EVENTSTORE_POOL_SIZE: 20,
    });
    expect(validateEnvironment({ EVENTSTORE_URL: 'postgres://127.0.0.1/hazard' })).toMatchObject({
      EVENTSTORE_URL: 'postgres://127.0.0.1/hazard',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT="abc": PORT must be an integer number'],
    [{ PORT: '99999' }, 'Invalid configuration: PORT=99999: PORT must not be greater than 65535'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 16 characters'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS=0: SESSION_TTL_HOURS must not be less than 1'],
    [{ SESSION_TTL_HOURS: '12h' }, 'SESSION_TTL_HOURS="12h": SESSION_TTL_HOURS must be an integer'],
    [{ TIME_ZONE: 'Mars/Olympus' }, 'TIME_ZONE "Mars/Olympus" is not an IANA time zone'],
    [
      { EVENTSTORE_URL: 'mysql://127.0.0.1/hazard' },
      'EVENTSTORE_URL="mysql://127.0.0.1/hazard": EVENTSTORE_URL must be a postgres:// or postgresql:// URL',
    ],
    [
      { EVENTSTORE_POOL_SIZE: '0' },
      'EVENTSTORE_POOL_SIZE=0: EVENTSTORE_POOL_SIZE must not be less than 1',
    ],
    [
      {
        EVENTSTORE_URL: 'postgres://127.0.0.1/hazard',
        EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false',
      },
      'EVENTSTORE_URL and EVENTSTORE_CONNECTION_STRING are both set',
    ],
  ])('names the variable in one line for %j', (env, message) => {
    expect(() => validateEnvironment(env)).toThrow(message);
  });
});
