import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '../support/temp-dir';
import { eventStoreContract } from './event-store.contract';

describe('SQLite event store contract', () => {
  eventStoreContract(
    () => {
      const dir = tempDir('hazard-contract-');
      const file = dir.file('events.sqlite');
      return { open: () => new SqliteEventStore(file), dispose: () => dir.remove() };
    },
    { rejectsEventIdsReusedOnAnotherStream: true },
  );
});
