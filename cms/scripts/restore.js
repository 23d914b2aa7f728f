#!/usr/bin/env node
// @ts-check
/**
 * `npm run restore -- <archive>`: replaces the content of the database the environment names (and its uploaded
 * files) with a backup made by `npm run backup`. Everything in that database is deleted first: stop the CMS, and
 * make a backup of the current state if it may be needed. Give BACKUP_ENCRYPTION_KEY for an encrypted archive.
 */
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const archive = process.argv[2];
if (!archive || !existsSync(archive)) {
  console.error(`Usage: npm run restore -- <backup archive>${archive ? `\nNo file at ${archive}` : ''}`);
  process.exit(2);
}
const key = process.env.BACKUP_ENCRYPTION_KEY;
const args = ['import', '-f', path.resolve(archive), '--force', ...(key ? ['--key', key] : [])];

// The CLI of the installed Strapi (its package exports no path to it).
const strapiCli = path.join(path.dirname(require.resolve('@strapi/strapi')), '..', 'bin', 'strapi.js');
const result = spawnSync(process.execPath, [strapiCli, ...args], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
});
if (result.status !== 0) {
  console.error('Restore failed: see the messages above. The database may be partly restored: restore again.');
  process.exit(result.status ?? 1);
}
console.log(`Restored ${archive}`);
