// @ts-check
/**
 * The archives `npm run backup` writes, and the check `npm run restore` makes of one before it changes anything.
 *
 * The format is Strapi's data-transfer file format (@strapi/data-transfer, file/providers): a tar of metadata.json,
 * schemas/, entities/, links/ and configuration/ JSONL files and assets/ (each upload with its metadata JSON),
 * gzip-compressed, then, with a key, encrypted (aes-128-ecb under scrypt(key), utils/encryption). Strapi's import only
 * reads metadata.json before it starts deleting, so a damaged entities file or media file is found when the database
 * is already half replaced; the check below reads the whole archive to its end first, with the same decipher and tar
 * reader.
 */
const { createReadStream, statSync } = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { createGunzip } = require('node:zlib');
const { loadDataTransfer, loadTar } = require('./strapi-dependencies');

/** An archive that is not a readable, complete Strapi export; the message says what is wrong with it. */
class ArchiveError extends Error {}

/**
 * What Strapi's file source infers from a name too: `<name>.tar`, then `.gz` if compressed, then `.enc` if encrypted.
 * @param {string} file
 * @returns {{ compressed: boolean, encrypted: boolean } | null} null when the name is not one of an archive
 */
function archiveFormat(file) {
  const match = /\.tar(\.gz)?(\.enc)?$/.exec(path.basename(file));
  return match ? { compressed: match[1] !== undefined, encrypted: match[2] !== undefined } : null;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The JSONL folders of an export, and what each line of them must at least be.
 * @type {Record<string, (line: Record<string, unknown>) => boolean>}
 */
const RECORD_SHAPES = {
  schemas: (line) => typeof line.uid === 'string' && isRecord(line.attributes),
  entities: (line) => typeof line.type === 'string' && ['number', 'string'].includes(typeof line.id) && isRecord(line.data),
  links: (line) => typeof line.kind === 'string' && isRecord(line.left) && isRecord(line.right),
  configuration: (line) => typeof line.type === 'string' && 'value' in line,
};

/**
 * @typedef {object} ArchiveSummary
 * @property {string} createdAt when the export was made (its metadata.json)
 * @property {string} strapiVersion the Strapi that made it
 * @property {Record<string, number>} records lines of each JSONL folder (schemas, entities, links, configuration)
 * @property {number} mediaFiles files under assets/uploads
 */

/**
 * Reads the whole archive, as restore would, and checks it is a complete Strapi export. Throws an ArchiveError saying
 * what is wrong (wrong key, truncated, not an export, which line of which file is damaged).
 * @param {string} file
 * @param {string | undefined} key required when the archive is encrypted
 * @returns {Promise<ArchiveSummary>}
 */
async function checkArchive(file, key) {
  const format = archiveFormat(file);
  if (format === null) throw new ArchiveError(`${file} is not named like an archive (.tar, .tar.gz or .tar.gz.enc).`);
  if (format.encrypted && key === undefined) {
    throw new ArchiveError(`${file} is encrypted: give its key in BACKUP_ENCRYPTION_KEY or BACKUP_ENCRYPTION_KEY_FILE.`);
  }
  if (statSync(file).size === 0) throw new ArchiveError(`${file} is empty.`);
  const input = createReadStream(file);
  /** @type {Array<[NodeJS.ReadWriteStream, string]>} the streams after the file, each with the stage it is */
  const readers = [];
  if (format.encrypted) readers.push([loadDataTransfer().utils.encryption.createDecryptionCipher(String(key)), 'decrypt']);
  if (format.compressed) readers.push([createGunzip(), 'gunzip']);
  const contents = new ExportContents(file, (error) => input.destroy(error));
  const Parser = loadTar().Parser;
  const reader = new Parser({ strict: true, onReadEntry: (entry) => contents.read(entry) });
  readers.push([/** @type {NodeJS.ReadWriteStream} */ (/** @type {unknown} */ (reader)), 'tar']);

  // The stage an error came from tells a wrong key from a truncated file from a foreign one.
  /** @type {WeakMap<object, string>} */
  const failedStage = new WeakMap();
  for (const [stream, stage] of readers) {
    stream.once('error', (error) => {
      if (!failedStage.has(error)) failedStage.set(error, stage);
    });
  }
  try {
    await pipeline([input, ...readers.map(([stream]) => stream)]);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(`${file} ${describeReadFailure(failedStage.get(/** @type {object} */ (error)), reason, format.encrypted)}.`);
  }
  return contents.summary();
}

/**
 * @param {string | undefined} stage
 * @param {string} reason
 * @param {boolean} encrypted
 */
function describeReadFailure(stage, reason, encrypted) {
  if (stage === 'decrypt') return `cannot be decrypted with this key (${reason}): the key is wrong, or the archive is damaged or truncated`;
  if (stage === 'gunzip' && encrypted) return `does not decrypt to a compressed archive (${reason}): the key is wrong, or the archive is damaged`;
  if (stage === 'gunzip' && /unexpected end/i.test(reason)) return `is truncated: its compressed data ends early (${reason})`;
  if (stage === 'gunzip') return `is not a gzip-compressed archive, or is damaged (${reason})`;
  if (stage === 'tar') return `does not hold a readable tar archive (${reason})`;
  return `cannot be read (${reason})`;
}

/** What the archive's entries hold, checked as they stream by; a damaged entry aborts the reading. */
class ExportContents {
  /**
   * @param {string} file
   * @param {(error: ArchiveError) => void} abort
   */
  constructor(file, abort) {
    this.file = file;
    this.abort = abort;
    /** @type {unknown} */
    this.metadata = undefined;
    /** @type {Record<string, number>} */
    this.records = Object.fromEntries(Object.keys(RECORD_SHAPES).map((folder) => [folder, 0]));
    /** @type {Set<string>} */
    this.uploads = new Set();
    /** @type {Set<string>} */
    this.uploadMetadata = new Set();
    this.failed = false;
  }

  /** @param {import('tar').ReadEntry} entry */
  read(entry) {
    // Exports made with `tar -C dir .` name their entries ./metadata.json.
    const name = entry.path.replace(/^\.\//, '');
    const [folder, ...rest] = name.split('/');
    const base = rest.join('/');
    if (entry.type !== 'File' || this.failed) {
      entry.resume();
    } else if (name === 'metadata.json') {
      this.readJson(entry, name, (value) => (this.metadata = value));
    } else if (folder in RECORD_SHAPES && base.endsWith('.jsonl') && !base.includes('/')) {
      this.readJsonLines(entry, name, folder);
    } else if (folder === 'assets' && base.startsWith('uploads/') && base.split('/').length === 2) {
      this.uploads.add(path.posix.basename(base));
      entry.resume();
    } else if (folder === 'assets' && base.startsWith('metadata/') && base.endsWith('.json')) {
      this.readJson(entry, name, () => this.uploadMetadata.add(path.posix.basename(base, '.json')));
    } else {
      entry.resume();
    }
  }

  /**
   * @param {import('tar').ReadEntry} entry
   * @param {string} name
   * @param {(value: unknown) => void} use
   */
  readJson(entry, name, use) {
    /** @type {Buffer[]} */
    const chunks = [];
    entry.on('data', (chunk) => chunks.push(chunk));
    entry.on('end', () =>
      this.guard(() => {
        try {
          use(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          throw new ArchiveError(`${this.file}: ${name} is not valid JSON (${error instanceof Error ? error.message : error}).`);
        }
      }),
    );
  }

  /**
   * One JSON record per line; lines are split on the newline byte, which never occurs inside a UTF-8 character.
   * @param {import('tar').ReadEntry} entry
   * @param {string} name
   * @param {string} folder
   */
  readJsonLines(entry, name, folder) {
    /** @type {Buffer} */
    let rest = Buffer.alloc(0);
    let lineNumber = 0;
    /** @param {Buffer} line */
    const check = (line) => {
      lineNumber += 1;
      if (line.length === 0) return;
      let record;
      try {
        record = JSON.parse(line.toString('utf8'));
      } catch (error) {
        throw new ArchiveError(`${this.file}: ${name} line ${lineNumber} is not valid JSON (${error instanceof Error ? error.message : error}).`);
      }
      if (!isRecord(record) || !RECORD_SHAPES[folder](record)) {
        throw new ArchiveError(`${this.file}: ${name} line ${lineNumber} is not a Strapi ${folder} record.`);
      }
      this.records[folder] += 1;
    };
    entry.on('data', (/** @type {Buffer} */ chunk) =>
      this.guard(() => {
        const buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
          check(buffer.subarray(start, end));
          start = end + 1;
        }
        rest = buffer.subarray(start);
      }),
    );
    entry.on('end', () => this.guard(() => check(rest)));
  }

  /** @param {() => void} step */
  guard(step) {
    if (this.failed) return;
    try {
      step();
    } catch (error) {
      this.failed = true;
      this.abort(error instanceof ArchiveError ? error : new ArchiveError(String(error)));
    }
  }

  /** @returns {ArchiveSummary} */
  summary() {
    const notAnExport = `${this.file} is not a Strapi export`;
    const metadata = this.metadata;
    if (metadata === undefined) throw new ArchiveError(`${notAnExport}: it holds no metadata.json.`);
    const strapi = isRecord(metadata) ? metadata.strapi : undefined;
    if (!isRecord(metadata) || !isRecord(strapi) || typeof strapi.version !== 'string') {
      throw new ArchiveError(`${notAnExport}: its metadata.json names no Strapi version.`);
    }
    for (const folder of ['schemas', 'entities']) {
      if (this.records[folder] === 0) throw new ArchiveError(`${notAnExport}: it holds no ${folder}.`);
    }
    const unexplained = [...this.uploads].filter((file) => !this.uploadMetadata.has(file));
    if (unexplained.length > 0) {
      throw new ArchiveError(`${this.file} is incomplete: no metadata for the media file(s) ${unexplained.slice(0, 5).join(', ')}.`);
    }
    return {
      createdAt: String(metadata.createdAt ?? 'an unknown date'),
      strapiVersion: strapi.version,
      records: this.records,
      mediaFiles: this.uploads.size,
    };
  }
}

/**
 * The name of a new backup, without its extensions: institute-<UTC date and time>, then what it is for.
 * @param {string} [purpose] e.g. "-before-restore"
 */
function newArchiveName(purpose = '') {
  return `institute-${new Date().toISOString().replace(/[:.]/g, '-')}${purpose}`;
}

/** @param {ArchiveSummary} summary */
function describeArchive({ createdAt, strapiVersion, records, mediaFiles }) {
  return `made ${createdAt} by Strapi ${strapiVersion}: ${records.entities} entries, ${records.links} links, ${mediaFiles} media files`;
}

module.exports = { archiveFormat, checkArchive, describeArchive, newArchiveName, ArchiveError };
