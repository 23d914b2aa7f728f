// @ts-check
/**
 * The CMS loaded for an operator command: its database, content types and services, without HTTP server or admin
 * panel. The database is the one the environment names, like the CMS itself: stop `npm run dev` first when both use
 * the same SQLite file.
 */

const path = require('node:path');

/** @typedef {import('@strapi/types').Core.Strapi} Strapi */

/**
 * Loads Strapi's package, which reads cms/.env (or ENV_PATH) into the environment as the CMS does: a command reads its
 * settings after this, and only after its command line was accepted (loading takes a few seconds).
 */
function loadStrapiPackage() {
  return require('@strapi/strapi');
}

/**
 * Compiles and loads the CMS, runs the task on it, and stops it whatever happens.
 * @template T
 * @param {(strapi: Strapi, distDir: string) => Promise<T>} task
 * @param {{ quiet?: boolean }} [options] quiet: only errors from Strapi's logger (its start-up notices would drown the
 *   command's own report)
 * @returns {Promise<T>}
 */
async function withStrapi(task, { quiet = false } = {}) {
  const { compileStrapi, createStrapi } = loadStrapiPackage();
  const context = await compileStrapi();
  const app = createStrapi({ ...context, autoReload: false, serveAdminPanel: false });
  if (quiet) app.log.level = 'error';
  const strapi = await app.load();
  try {
    return await task(strapi, context.distDir ?? path.join(context.appDir, 'dist'));
  } finally {
    await strapi.destroy();
  }
}

module.exports = { loadStrapiPackage, withStrapi };
