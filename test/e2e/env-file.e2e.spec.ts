import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { runApiToEnd } from '../support/app-process';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';

/** A port someone else listens on: the API, given it, stops at once saying which port. */
const busyPort = (): Promise<{ server: Server; port: number }> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    );
  });

describe('a .env file in the current directory', () => {
  let dir: TempDir;
  let fromFile: { server: Server; port: number };
  let fromEnvironment: { server: Server; port: number };

  beforeAll(async () => {
    dir = tempDir('hazard-env-file-');
    [fromFile, fromEnvironment] = await Promise.all([busyPort(), busyPort()]);
    writeFileSync(
      dir.file('.env'),
      `# settings of this install\nHOST=127.0.0.1\nPORT=${fromFile.port}\nDATA_DIR=${dir.file('data')}\n`,
    );
  });
  afterAll(async () => {
    await Promise.all(
      [fromFile, fromEnvironment].map(({ server }) => new Promise((done) => server.close(done))),
    );
    dir.remove();
  });

  it('is read at start', async () => {
    const { code, output } = await runApiToEnd({ PORT: undefined, HOST: undefined }, dir.path);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${fromFile.port} on 127.0.0.1 is already in use`);
  }, 60_000);

  it('gives way to the real environment', async () => {
    const { code, output } = await runApiToEnd({ PORT: String(fromEnvironment.port) }, dir.path);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${fromEnvironment.port} on 127.0.0.1 is already in use`);
  }, 60_000);

  it('stops the start with one line naming a bad value, before anything starts', async () => {
    writeFileSync(dir.file('.env'), 'PORT=not-a-port\n');
    const { code, output } = await runApiToEnd({ PORT: undefined }, dir.path);
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'Invalid configuration: PORT="not-a-port": PORT must be an integer number',
    );
  }, 60_000);
});
