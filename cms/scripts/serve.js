#!/usr/bin/env node
// @ts-check
/**
 * The CMS as the website's browser tests and the benchmarks run it: its API (GraphQL, REST, uploads), and with
 * `--admin` the admin panel too (built beforehand by `strapi build`). Takes the same environment as the CMS itself
 * (PORT, DATABASE_*, SEED_ON_START...) and seeds a fresh database on start like `npm run dev`.
 *   node scripts/serve.js [--admin]
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const context = await compileStrapi();
  const strapi = createStrapi({ ...context, autoReload: false, serveAdminPanel: process.argv.includes('--admin') });
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await strapi.start();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
