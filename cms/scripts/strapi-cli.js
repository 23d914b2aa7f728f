// @ts-check
/** Runs the installed Strapi's own CLI in the CMS folder (for backup and restore), exiting with its status on failure. */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

/**
 * @param {string[]} args
 * @param {string} failure what to tell the operator when the command fails
 */
function runStrapiCli(args, failure) {
  // The CLI of the installed Strapi (its package exports no path to it).
  const strapiCli = path.join(path.dirname(require.resolve('@strapi/strapi')), '..', 'bin', 'strapi.js');
  const result = spawnSync(process.execPath, [strapiCli, ...args], {
    cwd: path.join(__dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) {
    console.error(failure);
    process.exit(result.status ?? 1);
  }
}

module.exports = { runStrapiCli };
