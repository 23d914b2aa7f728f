import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { runTimed, startServer, waitForUrl, type Server, type TimedRun } from './processes';

/**
 * The platform as production runs it, started by the benchmarks: the CMS (production mode, its API without the admin
 * screens) on a dataset, the website built against it, served by `next start` alone or by the production server
 * (web/server.mjs with its page cache).
 */
export const ROOT = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const WEB_DIR = path.join(ROOT, 'web');
export const BIN = path.join(ROOT, 'node_modules', '.bin');

const secret = () => randomBytes(24).toString('hex');
/** Fresh secrets for each run, shared by the CMS and the website as in production. */
export const SECRETS = {
  APP_KEYS: `${secret()},${secret()}`,
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  REVALIDATE_SECRET: secret(),
  PREVIEW_SECRET: secret(),
  CMS_PREVIEW_TOKEN: secret(),
};
const SHARED = { REVALIDATE_SECRET: SECRETS.REVALIDATE_SECRET, PREVIEW_SECRET: SECRETS.PREVIEW_SECRET, CMS_PREVIEW_TOKEN: SECRETS.CMS_PREVIEW_TOKEN };
const QUIET = { STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1' };

export function cmsEnvironment(databaseEnv: Record<string, string>, port: number, websiteUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...QUIET,
    ...SECRETS,
    ...databaseEnv,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_ON_START: 'skip',
    LOG_LEVEL: 'warn',
    WEBSITE_URL: websiteUrl,
    WEBSITE_INTERNAL_URL: websiteUrl,
  };
}

export interface RunningCms {
  server: Server;
  url: string;
  /** From spawning the process to its first healthy answer. */
  coldStartSeconds: number;
}

export async function startCms(env: NodeJS.ProcessEnv): Promise<RunningCms> {
  const url = `http://127.0.0.1:${env.PORT}`;
  const started = Date.now();
  const server = startServer('CMS', process.execPath, ['scripts/serve.js'], { cwd: CMS_DIR, env });
  await waitForUrl(`${url}/_health`, server, 300000);
  return { server, url, coldStartSeconds: (Date.now() - started) / 1000 };
}

export function websiteEnvironment(cmsUrl: string, siteUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...QUIET, ...SHARED, NODE_ENV: 'production', CMS_URL: cmsUrl, SITE_URL: siteUrl, ...extra };
}

/** `next build` (timed, with the peak memory of its process tree), then the standalone server's files. */
export async function buildWebsite(env: NodeJS.ProcessEnv): Promise<TimedRun> {
  await runTimed(process.execPath, [path.join(BIN, 'graphql-codegen'), '--config', 'codegen.ts'], { cwd: WEB_DIR, env });
  const build = await runTimed(path.join(BIN, 'next'), ['build'], { cwd: WEB_DIR, env });
  await runTimed(process.execPath, ['scripts/prepare-standalone.mjs'], { cwd: WEB_DIR, env });
  return build;
}

export type WebServerKind = 'next start' | 'production server';

export async function startWebsite(kind: WebServerKind, env: NodeJS.ProcessEnv, port: number): Promise<{ server: Server; url: string }> {
  const url = `http://127.0.0.1:${port}`;
  const serverEnv = { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' };
  const server =
    kind === 'next start'
      ? startServer(kind, path.join(BIN, 'next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: WEB_DIR, env: serverEnv })
      : startServer(kind, process.execPath, ['.next/standalone/web/server.mjs'], { cwd: WEB_DIR, env: serverEnv });
  await waitForUrl(`${url}/fr`, server, 120000);
  return { server, url };
}

/** Asks the website to forget everything it cached (as a media change in the CMS would). */
export async function expireWebsiteCaches(siteUrl: string): Promise<void> {
  const response = await fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': SECRETS.REVALIDATE_SECRET },
    body: JSON.stringify({ changes: [{ type: 'media', slugs: [] }] }),
  });
  if (!response.ok) throw new Error(`Revalidation answered ${response.status}: ${await response.text()}`);
}
