import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, run, startServer, stopServer, waitForUrl } from './processes';

const WEB_DIR = path.resolve(__dirname, '..', '..');
const ROOT = path.resolve(WEB_DIR, '..');
const CMS_DIR = path.join(ROOT, 'cms');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/**
 * Starts what editors and visitors touch: the CMS with its admin panel on a fresh, seeded SQLite database, then the
 * website built for production against it (`next build`, pages pre-rendered from the CMS) and served by its standalone
 * server. Both share freshly made secrets, as in production.
 */
export default async function globalSetup() {
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-cms-'));
  const secret = () => randomBytes(24).toString('hex');
  const shared = { REVALIDATE_SECRET: secret(), PREVIEW_SECRET: secret(), CMS_PREVIEW_TOKEN: secret() };
  const started: Array<ReturnType<typeof startServer>> = [];
  const remember = () => Object.assign(globalThis, { __E2E__: { cms: started[0], web: started[1], dataDir } });

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
    const cms = startServer('CMS', process.execPath, ['scripts/serve.js', '--admin'], { cwd: CMS_DIR, env: cmsEnv });
    started.push(cms);
    remember();
    await waitForUrl(`${cmsUrl}/_health`, cms, 240000);

    const siteEnv = { ...process.env, ...shared, NODE_ENV: 'production' as const, CMS_URL: cmsUrl, SITE_URL: webUrl, NEXT_TELEMETRY_DISABLED: '1' };
    await run(path.join(BIN, 'next'), ['build'], { cwd: WEB_DIR, env: siteEnv });
    await run(process.execPath, ['scripts/prepare-standalone.mjs'], { cwd: WEB_DIR, env: siteEnv });
    const web = startServer('website', process.execPath, ['.next/standalone/web/server.js'], {
      cwd: WEB_DIR,
      env: { ...siteEnv, PORT: String(webPort), HOSTNAME: '127.0.0.1' },
    });
    started.push(web);
    remember();
    await waitForUrl(`${webUrl}/fr`, web, 60000);
  } catch (error) {
    // Jest skips the teardown when the setup fails: stop what was started here.
    await Promise.all(started.map((server) => stopServer(server.child)));
    throw error;
  }

  Object.assign(process.env, {
    E2E_CMS_URL: cmsUrl,
    E2E_WEB_URL: webUrl,
    E2E_REVALIDATE_SECRET: shared.REVALIDATE_SECRET,
    E2E_PREVIEW_SECRET: shared.PREVIEW_SECRET,
  });
}
