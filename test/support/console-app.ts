import { freePort } from './free-port';
import { startTestApp } from './test-app';
import type { TestApp, TestAppOptions } from './test-app';
import { CONSOLE_BUILD } from './console-build.global-setup';

export interface ConsoleApp extends TestApp {
  /** Where a browser reaches it: http://127.0.0.1:<free port> */
  url: string;
}

/**
 * The real app serving the built console (jest's globalSetup builds it), listening on a free
 * port of 127.0.0.1 so that a real browser can open it.
 */
export async function startConsoleApp(options: TestAppOptions = {}): Promise<ConsoleApp> {
  process.env.CONSOLE_DIR = CONSOLE_BUILD;
  const app = await startTestApp(options);
  const port = await freePort();
  await app.app.listen(port, '127.0.0.1');
  return { ...app, url: `http://127.0.0.1:${port}` };
}
