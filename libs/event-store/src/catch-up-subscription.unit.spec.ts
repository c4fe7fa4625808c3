import { catchUpSubscription } from './catch-up-subscription';
import type { RecordedEvent } from './event-store.port';

const recorded = (position: bigint): RecordedEvent => ({
  id: `e${position}`,
  streamId: 's',
  revision: Number(position),
  position,
  type: 'T',
  data: {},
  metadata: {},
});

describe('catchUpSubscription', () => {
  // Polls never come by themselves: only wake-ups move a loop that has caught up.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps a wake-up that arrives while a page is being read', async () => {
    const log: RecordedEvent[] = [];
    let wake = () => undefined as void;
    let reads = 0;
    // The first read sees an empty log; an append lands (and wakes) before it returns.
    const readAll = async (after: bigint | null) => {
      reads += 1;
      const page = log.filter((e) => after === null || e.position > after);
      if (reads === 1) {
        log.push(recorded(1n));
        wake();
      }
      return page;
    };
    const delivered: bigint[] = [];
    let resolveDelivered = () => undefined as void;
    const firstDelivery = new Promise<void>((resolve) => (resolveDelivered = resolve));

    const subscription = catchUpSubscription(
      readAll,
      (w) => {
        wake = w;
        return () => undefined;
      },
      null,
      (event) => {
        delivered.push(event.position);
        resolveDelivered();
      },
    );
    await firstDelivery;
    await subscription.stop();

    expect(delivered).toEqual([1n]);
    expect(reads).toBe(2);
  });
});
