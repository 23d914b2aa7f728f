#!/usr/bin/env node
// @ts-check
/**
 * `npm run seed` (merge: add the seed entries never imported before, touch nothing else) or
 * `npm run seed -- --mode if-empty` (fill a database that was never seeded and holds no content). Works on the
 * database the environment names (DATABASE_CLIENT...), like the CMS itself; stop `npm run dev` first when both use the
 * same SQLite file.
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

/** @param {string[]} argv */
function parseMode(argv) {
  const index = argv.findIndex((arg) => arg === '--mode' || arg.startsWith('--mode='));
  if (index === -1) return 'merge';
  const value = argv[index].includes('=') ? argv[index].slice('--mode='.length) : argv[index + 1];
  if (value !== 'merge' && value !== 'if-empty') {
    throw new Error(`--mode must be "merge" or "if-empty", got "${value ?? ''}"`);
  }
  return value;
}

(async () => {
  const mode = parseMode(process.argv.slice(2));
  // The seed runs below, in the mode asked for, not as part of the start-up.
  process.env.SEED_ON_START = 'skip';
  const context = await compileStrapi();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    const { runSeed, describeSeedReport } = require(`${context.distDir}/src/bootstrap/seed`);
    console.log(describeSeedReport(await runSeed(strapi, mode)));
  } finally {
    await strapi.destroy();
  }
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
