import { UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import type { ResolvedEvent } from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import { isSystemEvent, NO_POSITION, toRecorded, toStoreError } from './eventstoredb-mapping';

const resolved = (overrides: Record<string, unknown> = {}): ResolvedEvent =>
  ({
    event: {
      streamId: 'major_hazard-1',
      id: '0b8f7e1c-3d52-4c1e-9a57-5f0e6b2d9c11',
      isJson: true,
      revision: 2n,
      type: 'HazardListed',
      created: new Date(0),
      data: { title: '某厂房屋结构开裂' },
      metadata: { actor: { name: '安委会' } },
      position: { commit: 4242n, prepare: 4242n },
      ...overrides,
    },
  }) as ResolvedEvent;

describe('EventStoreDB mapping', () => {
  it('turns a wrong expected version into the port conflict, naming what was found', () => {
    const onExisting = new WrongExpectedVersionError(undefined, {
      streamName: 's-1',
      expected: 'no_stream',
      current: 3n,
    });
    expect(toStoreError(onExisting, 's-1', 'no_stream')).toEqual(
      new WrongExpectedRevisionError('s-1', 'no_stream', 3),
    );
    const onMissing = new WrongExpectedVersionError(undefined, {
      streamName: 's-2',
      expected: 0n,
      current: 'no_stream',
    });
    expect(toStoreError(onMissing, 's-2', 0)).toMatchObject({
      streamId: 's-2',
      expected: 0,
      actual: 'no_stream',
    });
  });

  it('reports unreachable nodes as EventStoreUnavailableError, raw gRPC errors included', () => {
    expect(toStoreError(new UnavailableError())).toBeInstanceOf(EventStoreUnavailableError);
    const raw = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(toStoreError(raw)).toBeInstanceOf(EventStoreUnavailableError);
    expect(toStoreError(new Error('Failed to discover after 10 attempts.'))).toBeInstanceOf(
      EventStoreUnavailableError,
    );
    const other = new Error('something else');
    expect(toStoreError(other)).toBe(other);
  });

  it('maps a recorded event with its commit position, Chinese text intact', () => {
    expect(toRecorded(resolved())).toEqual({
      id: '0b8f7e1c-3d52-4c1e-9a57-5f0e6b2d9c11',
      streamId: 'major_hazard-1',
      revision: 2,
      position: 4242n,
      type: 'HazardListed',
      data: { title: '某厂房屋结构开裂' },
      metadata: { actor: { name: '安委会' } },
    });
    expect(toRecorded(resolved({ metadata: undefined }))?.metadata).toEqual({});
  });

  it('refuses a server that does not report positions', () => {
    expect(() =>
      toRecorded(resolved({ position: { commit: NO_POSITION, prepare: NO_POSITION } })),
    ).toThrow(/22\.6/);
  });

  it('tells system events by a $ type or a $ stream', () => {
    expect(isSystemEvent(resolved())).toBe(false);
    expect(isSystemEvent(resolved({ type: '$metadata' }))).toBe(true);
    expect(isSystemEvent(resolved({ streamId: '$stats-127.0.0.1:2113' }))).toBe(true);
  });
});
