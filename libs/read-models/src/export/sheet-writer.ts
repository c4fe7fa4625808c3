import type { Writable } from 'node:stream';
import type { Cell } from './export-columns';

/** A table written row by row to a download, never held whole in memory. */
export interface SheetWriter {
  /** Resolves when the next row may follow without piling up behind a slow client. */
  row(cells: Cell[]): Promise<void>;
  /** Writes what is left and resolves once the download has been handed to the client. */
  end(): Promise<void>;
}

export class DownloadAbortedError extends Error {
  constructor() {
    super('the client went away during the download');
  }
}

/**
 * Waits while `stream` holds more than it wants (the client downstream reads slower than we
 * write); refuses once it has been destroyed (the client went away).
 */
export async function keepPace(stream: Writable): Promise<void> {
  if (stream.destroyed) throw new DownloadAbortedError();
  if (!stream.writableNeedDrain) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
  if (stream.destroyed) throw new DownloadAbortedError();
}
