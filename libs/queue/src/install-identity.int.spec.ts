import { join } from 'node:path';
import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '@hazard/testing/temp-dir';
import { ensureInstallId } from './install-identity';
import { namespaceOf } from './redis-namespace';

describe('the install id kept with the event store', () => {
  const dir = tempDir('hazard-install-id-');
  afterAll(() => dir.remove());

  it('is one id for every process of an install, even when they start at once', async () => {
    const file = join(dir.path, 'events.sqlite');
    const [a, b] = [new SqliteEventStore(file), new SqliteEventStore(file)];
    try {
      const ids = await Promise.all([ensureInstallId(a), ensureInstallId(b), ensureInstallId(a)]);
      expect(new Set(ids).size).toBe(1);
      expect(ids[0]).toMatch(/^[0-9a-f]{12}$/);
      expect(await ensureInstallId(b)).toBe(ids[0]);
      const events = await a.read('install-identity');
      expect(events.map((event) => event.type)).toEqual(['InstallCreated']);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('differs between two installs, and so do their key prefixes', async () => {
    const stores = ['one', 'two'].map(
      (name) => new SqliteEventStore(join(dir.path, `${name}.sqlite`)),
    );
    try {
      const [one, two] = await Promise.all(stores.map(ensureInstallId));
      expect(one).not.toBe(two);
      const url = 'redis://user:secret@127.0.0.1:6379';
      expect(namespaceOf(one, url).prefix).not.toBe(namespaceOf(two, url).prefix);
      expect(namespaceOf(one, url)).toMatchObject({
        prefix: `hz:${one}`,
        url: 'redis://127.0.0.1:6379',
        markerKey: `hz:${one}:install`,
      });
      expect(namespaceOf(one, url, 'shared').markerKey).toBe('shared:install');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
