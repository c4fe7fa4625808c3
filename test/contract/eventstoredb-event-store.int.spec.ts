import {
  createEventStore,
  EventStoreDbEventStore,
  EventStoreUnavailableError,
  SqliteEventStore,
} from '@hazard/event-store';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';
import { eventStoreContract } from './event-store.contract';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
const skipReason =
  'skipped: EVENTSTORE_CONNECTION_STRING is not set (e.g. esdb://localhost:2113?tls=false)';

if (!connectionString) process.stderr.write(`EventStoreDB contract suite ${skipReason}\n`);

(connectionString ? describe : describe.skip)(
  `EventStoreDB event store contract${connectionString ? '' : ` (${skipReason})`}`,
  () => {
    eventStoreContract(
      () => ({
        open: () => new EventStoreDbEventStore(connectionString ?? ''),
        dispose: () => undefined,
      }),
      { rejectsEventIdsReusedOnAnotherStream: false },
    );
  },
);

describe('EventStoreDB adapter without a server', () => {
  it('reports an unreachable server as EventStoreUnavailableError', async () => {
    const store = new EventStoreDbEventStore(`esdb://127.0.0.1:${await freePort()}?tls=false`);
    const event = { id: '0b8f7e1c-3d52-4c1e-9a57-5f0e6b2d9c11', type: 'T', data: {}, metadata: {} };
    try {
      await expect(store.append('s-1', [event], 'no_stream')).rejects.toBeInstanceOf(
        EventStoreUnavailableError,
      );
      await expect(store.read('s-1')).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readAll(null, 10)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('is what createEventStore builds when a connection string is set', async () => {
    const dir = tempDir();
    const esdb = createEventStore({
      dataDir: dir.path,
      eventStoreConnectionString: 'esdb://127.0.0.1:2113?tls=false',
    });
    const sqlite = createEventStore({ dataDir: dir.path });
    try {
      expect(esdb).toBeInstanceOf(EventStoreDbEventStore);
      expect(sqlite).toBeInstanceOf(SqliteEventStore);
    } finally {
      await Promise.all([esdb.close(), sqlite.close()]);
      dir.remove();
    }
  });
});
