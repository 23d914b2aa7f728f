// @ts-check
/**
 * Strapi's data-transfer package and the tar reader it uses, loaded from where the installed Strapi loads them: backup
 * and restore write and read archives exactly as Strapi's own export and import do, with the same versions, and the CMS
 * declares no second copy of them.
 */
const path = require('node:path');

const strapiDirectory = path.dirname(require.resolve('@strapi/strapi/package.json'));
const dataTransferEntry = require.resolve('@strapi/data-transfer', { paths: [strapiDirectory] });

/** @returns {typeof import('@strapi/data-transfer')} */
function loadDataTransfer() {
  return require(dataTransferEntry);
}

/** @returns {typeof import('tar')} */
function loadTar() {
  return require(require.resolve('tar', { paths: [dataTransferEntry] }));
}

module.exports = { loadDataTransfer, loadTar };
