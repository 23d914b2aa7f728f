#!/usr/bin/env node
// @ts-check
/** `npm run backup`: see USAGE. */
const { rmSync } = require('node:fs');
const { checkArchive, newArchiveName } = require('./backup-archive');
const { BACKUP_ENVIRONMENT, readBackupSettingsOrExit } = require('./backup-settings');
const { loadStrapiPackage, withStrapi } = require('./cms-instance');
const { readCommandLine } = require('./command-line');
const { describeCounts, exportArchive } = require('./strapi-transfer');

const USAGE = `Usage: npm run backup

Writes Strapi's export of everything in the CMS's database and media folder (every entry in both locales, drafts and
published versions, relations, configuration, uploaded files) to one archive, BACKUP_DIR/institute-<date>.tar.gz
(.tar.gz.enc when encrypted), then reads it back whole to check it can be restored. Works on SQLite and PostgreSQL.

Options:
  -h, --help            print this help

${BACKUP_ENVIRONMENT}

Exit status: 0 written and checked; 1 failed (no archive is left); 2 bad command line or setting.`;

readCommandLine(process.argv.slice(2), { usage: USAGE });
loadStrapiPackage();
const { directory, key } = readBackupSettingsOrExit();

(async () => {
  // A backup copies what is there: an empty database is not seeded first.
  process.env.SEED_ON_START = 'skip';
  const { file, counts } = await withStrapi((strapi) => exportArchive(strapi, { directory, name: newArchiveName(), key }), { quiet: true });
  try {
    await checkArchive(file, key);
  } catch (error) {
    rmSync(file, { force: true });
    throw new Error(`${file} was written but does not read back, so it was deleted: ${error instanceof Error ? error.message : error}`);
  }
  console.log(`Backup written to ${file}${key === undefined ? '' : ' (encrypted)'}: ${describeCounts(counts)}; read back and checked.`);
  process.exit(0);
})().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
