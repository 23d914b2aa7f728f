#!/usr/bin/env node
// @ts-check
/**
 * The CMS's API (GraphQL, REST, uploads) without building or serving the admin panel: what the website's browser
 * tests and the benchmarks run against. Takes the same environment as the CMS itself (PORT, DATABASE_*, SEED_ON_START...)
 * and seeds a fresh database on start like `npm run dev`.
 *   node scripts/serve-api.js
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const context = await compileStrapi();
  const strapi = createStrapi({ ...context, autoReload: false, serveAdminPanel: false });
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
