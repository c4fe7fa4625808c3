import { randomBytes, randomUUID } from 'node:crypto';
import { streamCategory, WrongExpectedRevisionError } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';

interface InstallCreated {
  type: 'InstallCreated';
  data: { installId: string };
}

/** `install-identity`: one event, written by the first process of an install that starts. */
const installStream = streamCategory<InstallCreated>('install-', ['InstallCreated']);
const INSTALL_STREAM_ID = installStream.streamId('identity');

async function readInstallId(store: EventStore): Promise<string | null> {
  const [first] = await store.read(INSTALL_STREAM_ID);
  return first ? installStream.decode(first).data.installId : null;
}

/**
 * This install's id, kept with the event store: the API and every worker replica that share
 * the store share it, and two installs (two stores) never do. Created on first start; when two
 * processes race to create it, the first append wins and both read the same id.
 */
export async function ensureInstallId(store: EventStore): Promise<string> {
  const known = await readInstallId(store);
  if (known) return known;
  const installId = randomBytes(6).toString('hex');
  try {
    await store.append(
      INSTALL_STREAM_ID,
      // No occurredAt: it is no fact of the supervision's time line (see firstRecordedAt).
      [{ id: randomUUID(), type: 'InstallCreated', data: { installId }, metadata: {} }],
      'no_stream',
    );
    return installId;
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    const winner = await readInstallId(store);
    if (!winner) throw error;
    return winner;
  }
}
