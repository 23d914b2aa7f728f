// After `next build`: the standalone server (what `npm start` and the Docker image run) serves the static assets and
// public files only if they sit beside it; Next.js leaves copying them to the deployment. Our server.mjs goes there too.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(web, '.next', 'standalone', 'web');
if (!existsSync(target)) throw new Error(`No standalone build at ${target}: run next build first`);
cpSync(path.join(web, '.next', 'static'), path.join(target, '.next', 'static'), { recursive: true });
cpSync(path.join(web, 'public'), path.join(target, 'public'), { recursive: true });
// Our production server (page cache, 503 during CMS outages) runs beside Next's own server.js.
cpSync(path.join(web, 'server.mjs'), path.join(target, 'server.mjs'));
cpSync(path.join(web, 'server'), path.join(target, 'server'), { recursive: true });
console.log(`Standalone server ready: ${path.relative(process.cwd(), path.join(target, 'server.mjs'))}`);
