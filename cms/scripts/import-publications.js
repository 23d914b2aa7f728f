#!/usr/bin/env node
// @ts-check
/**
 * `npm run import:publications -- <file>...`: imports publications from files saved from PubMed (efetch XML), HAL
 * (search API JSON), ORCID (v3.0 works JSON) or a reference manager (BibTeX), into the database the environment names
 * (DATABASE_CLIENT...), like the CMS itself; stop `npm run dev` first when both use the same SQLite file. Offline: it
 * only reads the files. Exits with 1 when a file could not be read (nothing of it imported; the others are).
 */
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  // npm runs workspace scripts in cms/: file names are relative to where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const files = process.argv.slice(2).map((file) => path.resolve(base, file));
  if (files.length === 0) {
    console.error('Usage: npm run import:publications -- <file>... (PubMed XML, HAL JSON, ORCID works JSON or BibTeX)');
    process.exit(2);
  }
  process.env.SEED_ON_START = process.env.SEED_ON_START ?? 'skip';
  const context = await compileStrapi();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  let failedFiles = 0;
  try {
    const { importPublications } = require(`${context.distDir}/src/publications/import`);
    const { describeImportReport } = require(`${context.distDir}/src/publications/import-report`);
    const report = await importPublications(strapi, files);
    console.log(describeImportReport(report));
    failedFiles = report.files.filter((/** @type {{ error: string | null }} */ file) => file.error !== null).length;
  } finally {
    await strapi.destroy();
  }
  process.exit(failedFiles > 0 ? 1 : 0);
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
