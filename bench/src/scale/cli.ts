/**
 * `npm run bench:data -- --teams 200 --platforms 50 --people 5000 --news 10000`: fills the database the environment
 * names (DATABASE_CLIENT..., as the CMS reads it; cms/.tmp/data.db by default) with generated content at that size,
 * after the institute's seed (seeded first if the database is empty). Fresh databases only; never in production.
 */
import path from 'node:path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import { readCommandLine, UsageError } from '../command-line';
import { generateScaleData, LARGE_SIZES, type ScaleSizes } from './generate';

export const CMS_DIR = path.resolve(__dirname, '..', '..', '..', 'cms');
const USAGE = `Usage: npm run bench:data -- [--teams 200] [--platforms 50] [--people 5000] [--news 10000]

Fills the database the CMS's environment names with generated content at that size (both locales, published, people in
teams, leaders, news about them), after the institute's seed (seeded first if the database is empty), for trying the
site at scale and for npm run bench. Fresh databases only; never with NODE_ENV=production.

Options:
  --teams 200, --platforms 50, --people 5000, --news 10000
                        how many of each in the end (whole numbers up to 100000; these are the defaults)
  -h, --help            print this help

Environment (as the CMS reads it: cms/.env or the environment):
  DATABASE_CLIENT, DATABASE_FILENAME, DATABASE_URL (or DATABASE_HOST...), DATABASE_SCHEMA...
                        the database (SQLite cms/.tmp/data.db by default)
  CMS_PUBLIC_DIR        the folder whose uploads/ holds the media
  SEED_ON_START         if-empty (the default here) seeds an empty database first
  NODE_ENV              production is refused

Exit status: 0 generated; 1 failed; 2 bad command line.`;

export function parseSizes(argv: string[]): ScaleSizes {
  const sizes: ScaleSizes = { ...LARGE_SIZES };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=', 2);
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(name in sizes)) throw new UsageError(`Unknown option "${argv[index]}".`);
    const value = inline ?? argv[(index += 1)];
    const count = Number(value);
    if (!/^\d+$/.test(value ?? '') || count > 100_000) throw new UsageError(`--${name} needs a whole number up to 100000, got "${value ?? ''}".`);
    sizes[name as keyof ScaleSizes] = count;
  }
  return sizes;
}

async function main() {
  const sizes = readCommandLine(process.argv.slice(2), USAGE, parseSizes);
  if (process.env.NODE_ENV === 'production') throw new Error('bench:data writes thousands of made-up entries: it never runs with NODE_ENV=production.');
  process.env.SEED_ON_START ??= 'if-empty';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const context = await compileStrapi({ appDir: CMS_DIR });
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    console.log(`Generating ${JSON.stringify(sizes)} into ${strapi.db.dialect.client} database...`);
    const report = await generateScaleData(strapi, sizes, (message) => console.log(`  ${message}`));
    console.log(`Done in ${report.seconds.toFixed(0)} s. Published entries now: ${JSON.stringify(report.totals)}`);
  } finally {
    await strapi.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
