#!/usr/bin/env node
// @ts-check
/** `npm run restore -- <archive>`: see USAGE. */
const { readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const { ArchiveError, archiveFormat, checkArchive, describeArchive, newArchiveName } = require('./backup-archive');
const { BACKUP_ENVIRONMENT, readBackupSettingsOrExit } = require('./backup-settings');
const { loadStrapiPackage, withStrapi } = require('./cms-instance');
const { USAGE_ERROR, readCommandLine, unreadableFile } = require('./command-line');
const { describeCounts, exportArchive, importArchive, isSchemaMismatch } = require('./strapi-transfer');

const USAGE = `Usage: npm run restore -- <archive> [--accept-schema-changes]

Replaces everything in the CMS's database and media folder (entries, relations, configuration, uploaded files) with a
backup made by npm run backup. Stop the CMS first.

Nothing is changed unless the archive is whole: it is decrypted, decompressed and read to its end, and every file of it
parsed, before anything is deleted. Then the current content is saved to
BACKUP_DIR/institute-<date>-before-restore.tar.gz (kept: restore it to undo), and should the import fail midway, that
copy is put back.

Arguments:
  <archive>             a .tar.gz (.tar.gz.enc if encrypted) made by npm run backup, relative to where the command
                        is typed

Options:
  --accept-schema-changes
                        restore an archive whose content types differ from the CMS's: fields the CMS does not have
                        are dropped (without this option such an archive is refused)
  -h, --help            print this help

${BACKUP_ENVIRONMENT}

Exit status: 0 restored; 1 refused or failed (the message says whether anything changed); 2 bad command line, no
such archive, or a missing key or bad setting.`;

const { values, positionals } = readCommandLine(process.argv.slice(2), {
  usage: USAGE,
  options: { 'accept-schema-changes': { type: 'boolean' } },
  positionals: { name: 'the archive to restore', min: 1, max: 1 },
});
// npm runs workspace scripts in cms/: the archive's name is relative to where the command was typed.
const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
const format = archiveFormat(archive);
/** @param {string} message @returns {never} */
const refuseArguments = (message) => {
  console.error(`${message}\nNothing was changed.`);
  return process.exit(USAGE_ERROR);
};
const unreadable = unreadableFile(archive);
if (unreadable !== null) refuseArguments(unreadable);
if (format === null) refuseArguments(`${archive} is not named like a backup (.tar.gz, or .tar.gz.enc when encrypted).`);
loadStrapiPackage();
const { directory, key } = readBackupSettingsOrExit();
if (format.encrypted && key === undefined) {
  refuseArguments(`${archive} is encrypted: give its key in BACKUP_ENCRYPTION_KEY or BACKUP_ENCRYPTION_KEY_FILE.`);
}

(async () => {
  try {
    console.log(`Checked ${archive}: ${describeArchive(await checkArchive(archive, key))}.`);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    console.error(`Refused: ${error.message} Nothing was changed.`);
    return 1;
  }
  // The archive replaces everything, seed included: the database is not seeded first.
  process.env.SEED_ON_START = 'skip';
  return withStrapi((strapi) => restore(strapi, Boolean(values['accept-schema-changes'])), { quiet: true });
})().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);

/**
 * Saves the current content, imports the archive, and puts the saved content back if the import fails once it has
 * started changing things (Strapi's import deletes everything first).
 * @param {import('./cms-instance').Strapi} strapi
 * @param {boolean} acceptSchemaChanges
 * @returns {Promise<number>} the exit code
 */
async function restore(strapi, acceptSchemaChanges) {
  const safety = await exportArchive(strapi, { directory, name: newArchiveName('-before-restore'), key });
  console.log(`Saved the current content to ${safety.file} (${describeCounts(safety.counts)}).`);
  // Strapi's import moves the media folder aside while it works and leaves that copy behind if it fails.
  const publicDir = strapi.dirs.static.public;
  const mediaCopiesBefore = new Set(readdirSync(publicDir));
  let changing = false;
  try {
    const counts = await importArchive(strapi, { archive, key, acceptSchemaChanges, onChanging: () => (changing = true) });
    console.log(`Restored ${archive}: ${describeCounts(counts)}. To undo: npm run restore -- ${safety.file}`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!changing) {
      rmSync(safety.file, { force: true });
      const hint = isSchemaMismatch(error) ? '\nTo restore what fits the current content types anyway, add --accept-schema-changes.' : '';
      console.error(`Refused: ${reason}${hint}\nNothing was changed.`);
      return 1;
    }
    console.error(`Restore of ${archive} failed midway: ${reason}\nPutting back the content saved before...`);
    try {
      await importArchive(strapi, { archive: safety.file, key, acceptSchemaChanges: true, onChanging: () => {} });
    } catch (putBackError) {
      console.error(
        `Putting it back failed too: ${putBackError instanceof Error ? putBackError.message : putBackError}\n` +
          `The database may be partly restored. The content from before is in ${safety.file}: once the cause is fixed, ` +
          `run npm run restore -- ${safety.file}`,
      );
      return 1;
    }
    for (const entry of readdirSync(publicDir)) {
      if (entry.startsWith('uploads_backup_') && !mediaCopiesBefore.has(entry)) rmSync(path.join(publicDir, entry), { recursive: true, force: true });
    }
    console.error(`The content from before the restore was put back (from ${safety.file}): nothing was lost.`);
    return 1;
  }
}
