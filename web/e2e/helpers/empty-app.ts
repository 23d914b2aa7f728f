import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort, run, startServer, stopServer, waitForUrl } from './processes';

/**
 * The smallest App Router app (e2e/fixtures/empty-app), built and served with the website's own Next.js: the baseline
 * of what any page costs before its own code. Also used by the benchmarks (bench/).
 */
const WEB_DIR = path.resolve(__dirname, '..', '..');
export const EMPTY_APP_DIR = path.join(WEB_DIR, 'e2e', 'fixtures', 'empty-app');
const NEXT_BIN = path.join(WEB_DIR, '..', 'node_modules', '.bin', 'next');
/** What decides the bytes a page ships: the empty app must resolve the very same copies as the website. */
const FRAMEWORK_PACKAGES = ['next', 'react', 'react-dom'];

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** Where each framework package resolves from the empty app and from the website; they must be the same files. */
export function frameworkResolutions(): Array<{ name: string; emptyApp: string; website: string }> {
  // Node's own resolution, not Jest's (whose moduleNameMapper points `react` at the website's copy whatever the start).
  const resolve = (name: string, from: string) => createRequire(path.join(from, 'package.json')).resolve(`${name}/package.json`);
  return FRAMEWORK_PACKAGES.map((name) => ({ name, emptyApp: resolve(name, EMPTY_APP_DIR), website: resolve(name, WEB_DIR) }));
}

/** Builds the empty app (`next build`, 5 to 20 s) and serves it (`next start`) on a free port. */
export async function startEmptyApp(): Promise<RunningApp> {
  const mismatch = frameworkResolutions().filter((resolution) => resolution.emptyApp !== resolution.website);
  if (mismatch.length > 0) throw new Error(`the empty app does not use the website's framework: ${JSON.stringify(mismatch)}`);
  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  await run(NEXT_BIN, ['build'], { cwd: EMPTY_APP_DIR, env });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServer('empty app', NEXT_BIN, ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: EMPTY_APP_DIR, env });
  try {
    await waitForUrl(url, server, 60000);
  } catch (error) {
    await stopServer(server.child);
    throw error;
  }
  return { url, stop: () => stopServer(server.child) };
}
