import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, run, startServer, stopServer, waitForUrl } from './processes';

const WEB_DIR = path.resolve(__dirname, '..', '..');
const ROOT = path.resolve(WEB_DIR, '..');
const CMS_DIR = path.join(ROOT, 'cms');

/**
 * Starts what a visitor's browser touches: the CMS's API on a fresh, seeded SQLite database, then the website built
 * for production against it (`next build`, so pages are pre-rendered from the CMS) and served by its standalone server.
 */
export default async function globalSetup() {
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-cms-'));
  const started: Array<ReturnType<typeof startServer>> = [];
  const remember = () => Object.assign(globalThis, { __E2E__: { cms: started[0], web: started[1], dataDir } });

  try {
    const cms = startServer('CMS', process.execPath, ['scripts/serve-api.js'], {
      cwd: CMS_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(cmsPort),
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(dataDir, 'data.db'),
        SEED_ON_START: 'if-empty',
        LOG_LEVEL: 'warn',
        STRAPI_TELEMETRY_DISABLED: 'true',
      },
    });
    started.push(cms);
    remember();
    await waitForUrl(`${cmsUrl}/_health`, cms, 240000);

    const siteEnv = { ...process.env, NODE_ENV: 'production' as const, CMS_URL: cmsUrl, SITE_URL: webUrl, NEXT_TELEMETRY_DISABLED: '1' };
    await run(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: WEB_DIR, env: siteEnv });
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

  process.env.E2E_CMS_URL = cmsUrl;
  process.env.E2E_WEB_URL = webUrl;
}
