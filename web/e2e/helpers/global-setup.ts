import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminLogin } from './admin';
import { startCmsProxy, type CmsProxy } from './cms-proxy';
import { freePort, run, startServer, stopServer, waitForUrl } from './processes';
import { STATE_FILE, writeState } from './state';

const WEB_DIR = path.resolve(__dirname, '..', '..');
const ROOT = path.resolve(WEB_DIR, '..');
const CMS_DIR = path.join(ROOT, 'cms');
const BIN = path.join(ROOT, 'node_modules', '.bin');
/** Short enough for the outage test to wait past it; long enough that on-demand revalidation is what the editors see. */
export const E2E_REVALIDATE_SECONDS = 20;
/** Jest's global setup and teardown share nothing but the process's globals: the teardown finds the CMS proxy there. */
const CMS_PROXY = Symbol.for('institute.e2e.cms-proxy');
type ProxyHolder = { [CMS_PROXY]?: CmsProxy };
export const runningCmsProxy = (): CmsProxy | undefined => (globalThis as ProxyHolder)[CMS_PROXY];

/**
 * Starts what editors and visitors touch: the CMS with its admin panel on a fresh, seeded SQLite database, then the
 * website built for production against it (`next build`, pages pre-rendered from the CMS) and served by its production
 * server. Both share freshly made secrets, as in production. The website reaches the CMS's GraphQL API through a counting
 * proxy (cms-proxy.ts), so tests can tell how many requests a page costs; media and the admin stay at the CMS's address.
 */
export default async function globalSetup() {
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-cms-'));
  const secret = () => randomBytes(24).toString('hex');
  const shared = { REVALIDATE_SECRET: secret(), PREVIEW_SECRET: secret(), CMS_PREVIEW_TOKEN: secret() };
  const started: Array<ReturnType<typeof startServer>> = [];
  let proxy: CmsProxy | undefined;

  try {
    const cmsEnv = {
      ...process.env,
      ...shared,
      NODE_ENV: 'development' as const,
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dataDir, 'data.db'),
      SEED_ON_START: 'if-empty',
      LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      WEBSITE_URL: webUrl,
    };
    await run(path.join(BIN, 'strapi'), ['build'], { cwd: CMS_DIR, env: cmsEnv });
    const cmsArgs = ['scripts/serve.js', '--admin'];
    const cms = startServer('CMS', process.execPath, cmsArgs, { cwd: CMS_DIR, env: cmsEnv });
    started.push(cms);
    await waitForUrl(`${cmsUrl}/_health`, cms, 240000);
    proxy = await startCmsProxy(cmsUrl);
    (globalThis as ProxyHolder)[CMS_PROXY] = proxy;

    const siteEnv = {
      ...process.env,
      ...shared,
      NODE_ENV: 'production' as const,
      CMS_URL: proxy.url,
      CMS_MEDIA_URL: cmsUrl,
      CMS_PUBLIC_URL: cmsUrl,
      SITE_URL: webUrl,
      REVALIDATE_SECONDS: String(E2E_REVALIDATE_SECONDS),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await run(path.join(BIN, 'next'), ['build'], { cwd: WEB_DIR, env: siteEnv });
    await run(process.execPath, ['scripts/prepare-standalone.mjs'], { cwd: WEB_DIR, env: siteEnv });
    const web = startServer('website', process.execPath, ['.next/standalone/web/server.mjs'], {
      cwd: WEB_DIR,
      env: { ...siteEnv, PORT: String(webPort), HOSTNAME: '127.0.0.1' },
    });
    started.push(web);
    await waitForUrl(`${webUrl}/fr`, web, 60000);

    writeState({
      dataDir,
      cms: { pid: cms.child.pid ?? 0, command: process.execPath, args: cmsArgs, cwd: CMS_DIR, env: cmsEnv, url: cmsUrl },
      web: { pid: web.child.pid ?? 0, url: webUrl },
    });
  } catch (error) {
    // Jest skips the teardown when the setup fails: stop what was started here.
    await Promise.all(started.map((server) => stopServer(server.child)));
    await proxy?.close();
    throw error;
  }

  Object.assign(process.env, {
    E2E_STATE_FILE: STATE_FILE,
    E2E_CMS_URL: cmsUrl,
    E2E_CMS_PROXY_URL: proxy.url,
    E2E_WEB_URL: webUrl,
    E2E_REVALIDATE_SECRET: shared.REVALIDATE_SECRET,
    E2E_PREVIEW_SECRET: shared.PREVIEW_SECRET,
    // One admin session for every test file: Strapi allows 5 logins per 5 minutes, which the screens' own logins need.
    E2E_ADMIN_TOKEN: await adminLogin(cmsUrl),
  });
}
