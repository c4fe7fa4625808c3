import { createServer } from 'node:net';

/** The port is taken (or not ours to take): main.ts prints this one line and exits. */
export class PortUnavailableError extends Error {}

/**
 * Binds HOST:PORT for a moment and lets it go, before anything else starts (the embedded
 * redis-server, the workers): a busy port is one clear line, not a failure after all of that.
 * Port 0 (any free port) needs no check.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new PortUnavailableError(
        `Port ${port} on ${host} is already in use (another npm start?): stop it, or choose another port, e.g. PORT=${port + 1} npm start`,
      );
    }
    if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
      throw new PortUnavailableError(
        `Cannot listen on ${host}:${port} (${error.code}): set HOST and PORT`,
      );
    }
    throw error;
  });
}
