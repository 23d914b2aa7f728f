// @ts-check
/**
 * The settings of `npm run backup` and `npm run restore`, read from the environment (which includes cms/.env once
 * Strapi's package is loaded) and checked before anything is read or written. The encryption key stays in this
 * process: it is handed to Strapi's data-transfer in memory, never put on a command line where `ps` would show it.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { DATABASE_ENVIRONMENT, USAGE_ERROR } = require('./command-line');

const DEFAULT_BACKUP_DIR = path.join(__dirname, '..', 'backups');

/** The environment section of backup's and restore's usages. */
const BACKUP_ENVIRONMENT = `Environment (cms/.env or the environment):
  BACKUP_DIR            where backups are written (cms/backups by default)
  BACKUP_ENCRYPTION_KEY the archive's encryption key (Strapi's aes-128-ecb; none: not encrypted)
  BACKUP_ENCRYPTION_KEY_FILE
                        a file holding that key instead (one line; a Docker or systemd secret)
${DATABASE_ENVIRONMENT}`;

class BackupSettingsError extends Error {}

/**
 * @typedef {object} BackupSettings
 * @property {string} directory where backups (and restore's safety copies) are written
 * @property {string | undefined} key the encryption key, if one is set
 */

/**
 * @param {NodeJS.ProcessEnv} source
 * @returns {BackupSettings}
 */
function readBackupSettings(source = process.env) {
  return { directory: path.resolve(source.BACKUP_DIR || DEFAULT_BACKUP_DIR), key: readEncryptionKey(source) };
}

/**
 * @param {NodeJS.ProcessEnv} source
 * @returns {string | undefined}
 */
function readEncryptionKey(source) {
  const inline = source.BACKUP_ENCRYPTION_KEY || undefined;
  const file = source.BACKUP_ENCRYPTION_KEY_FILE || undefined;
  if (inline !== undefined && file !== undefined) {
    throw new BackupSettingsError('Set BACKUP_ENCRYPTION_KEY or BACKUP_ENCRYPTION_KEY_FILE, not both.');
  }
  if (file === undefined) return inline;
  let text;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? error.code : String(error);
    throw new BackupSettingsError(`BACKUP_ENCRYPTION_KEY_FILE: cannot read ${file} (${reason}).`);
  }
  // Secret files usually end with a line break that is not part of the key.
  const key = text.replace(/[\r\n]+$/, '');
  if (key === '') throw new BackupSettingsError(`BACKUP_ENCRYPTION_KEY_FILE: ${file} is empty.`);
  return key;
}

/**
 * The settings for a command: a bad one is refused like a bad command line (its message, exit code 2), before
 * anything is read or written.
 * @returns {BackupSettings}
 */
function readBackupSettingsOrExit() {
  try {
    return readBackupSettings();
  } catch (error) {
    if (!(error instanceof BackupSettingsError)) throw error;
    console.error(error.message);
    return process.exit(USAGE_ERROR);
  }
}

module.exports = { readBackupSettings, readBackupSettingsOrExit, BackupSettingsError, BACKUP_ENVIRONMENT };
