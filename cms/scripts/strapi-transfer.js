// @ts-check
/**
 * Strapi's own export and import (the engine behind `strapi export` and `strapi import`, @strapi/data-transfer), run in
 * this process on a loaded Strapi rather than through Strapi's CLI: the encryption key is handed over in memory, never
 * on a command line, and restore decides what happens around the import (the archive checked first, a safety copy,
 * putting it back on failure). The options are the CLI's without filters: everything is transferred except what
 * Strapi never transfers (admin users and roles, content releases).
 */
const { mkdirSync, renameSync } = require('node:fs');
const path = require('node:path');
const { archiveFormat } = require('./backup-archive');
const { loadDataTransfer } = require('./strapi-dependencies');

/** @typedef {import('@strapi/types').Core.Strapi} Strapi */
/** @typedef {{ entities: number, links: number, assets: number, configuration: number }} TransferCounts */

/** @param {'ignore' | 'strict'} schemaStrategy */
function transferOptions(schemaStrategy) {
  const ignored = loadDataTransfer().strapi.isIgnoredOfficialTransferType;
  return {
    versionStrategy: /** @type {const} */ ('ignore'),
    schemaStrategy,
    transforms: {
      entities: [{ filter: (/** @type {{ type: string }} */ entity) => !ignored(entity.type) }],
      links: [{ filter: (/** @type {{ left: { type: string }, right: { type: string } }} */ link) => !ignored(link.left.type) && !ignored(link.right.type) }],
    },
  };
}

/**
 * Runs a transfer, passing its warnings on to the operator.
 * @param {ReturnType<ReturnType<typeof loadDataTransfer>['engine']['createTransferEngine']>} transfer
 * @returns {Promise<{ counts: TransferCounts, file: string | undefined }>}
 */
async function runTransfer(transfer) {
  transfer.diagnostics.onDiagnostic((diagnostic) => {
    if (diagnostic.kind === 'warning') console.warn(`warning: ${diagnostic.details.message}`);
  });
  const results = await transfer.transfer();
  /** @param {string} stage */
  const count = (stage) => results.engine?.[/** @type {'entities'} */ (stage)]?.count ?? 0;
  const destination = /** @type {{ file?: { path?: string } } | undefined} */ (results.destination);
  return {
    counts: { entities: count('entities'), links: count('links'), assets: count('assets'), configuration: count('configuration') },
    file: destination?.file?.path,
  };
}

/**
 * Exports everything into `<directory>/<name>.tar.gz` (`.enc` added when encrypted). The archive is written under a
 * hidden partial name and renamed when complete: a file with the final name is always a whole backup.
 * @param {Strapi} strapi
 * @param {{ directory: string, name: string, key: string | undefined }} target
 * @returns {Promise<{ file: string, counts: TransferCounts }>}
 */
async function exportArchive(strapi, { directory, name, key }) {
  const { engine, file, strapi: local } = loadDataTransfer();
  const partialName = `.${name}.partial`;
  mkdirSync(directory, { recursive: true });
  const source = local.providers.createLocalStrapiSourceProvider({ getStrapi: async () => strapi, autoDestroy: false });
  const destination = file.providers.createLocalFileDestinationProvider({
    file: { path: path.join(directory, partialName) },
    encryption: { enabled: key !== undefined, key },
    compression: { enabled: true },
  });
  const { counts, file: written } = await runTransfer(engine.createTransferEngine(source, destination, transferOptions('ignore')));
  if (written === undefined) throw new Error(`Strapi's export did not say where it wrote ${name}.`);
  const final = path.join(directory, path.basename(written).replace(partialName, name));
  renameSync(written, final);
  return { file: final, counts };
}

/**
 * Replaces every entry, relation, configuration and media file with the archive's, as `strapi import --force` does.
 * `onChanging` is called when the import starts changing the database and media folder (everything before is checks).
 * Schema differences between the archive and the CMS are refused unless accepted: their fields would be dropped.
 * @param {Strapi} strapi
 * @param {{ archive: string, key: string | undefined, acceptSchemaChanges: boolean, onChanging: () => void }} source
 * @returns {Promise<TransferCounts>}
 */
async function importArchive(strapi, { archive, key, acceptSchemaChanges, onChanging }) {
  const { engine, file, strapi: local } = loadDataTransfer();
  const format = archiveFormat(archive);
  if (format === null) throw new Error(`${archive} is not named like an archive.`);
  const ignored = local.isIgnoredOfficialTransferType;
  const source = file.providers.createLocalFileSourceProvider({
    file: { path: archive },
    encryption: { enabled: format.encrypted, key },
    compression: { enabled: format.compressed },
  });
  const destination = local.providers.createLocalStrapiDestinationProvider({
    getStrapi: async () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    restore: {
      entities: { exclude: [...Object.keys(strapi.contentTypes).filter(ignored), ...local.getIgnoredOfficialTransferTypes()] },
      assets: true,
      configuration: { webhook: true, coreStore: true },
    },
  });
  destination.onWarning = (message) => console.warn(`warning: ${message}`);
  const transfer = engine.createTransferEngine(source, destination, transferOptions(acceptSchemaChanges ? 'ignore' : 'strict'));
  transfer.progress.stream.once('transfer::start', onChanging);
  return (await runTransfer(transfer)).counts;
}

/**
 * Whether an import was refused because the archive's content types differ from the CMS's (found before any change).
 * @param {unknown} error
 */
function isSchemaMismatch(error) {
  const details = /** @type {{ details?: { details?: { check?: string } } }} */ (error)?.details;
  return details?.details?.check === 'schema.changes';
}

/** @param {TransferCounts} counts */
function describeCounts({ entities, links, assets, configuration }) {
  return `${entities} entries, ${links} links, ${assets} media files, ${configuration} configuration entries`;
}

module.exports = { exportArchive, importArchive, isSchemaMismatch, describeCounts };
