#!/usr/bin/env node
// @ts-check
/** `npm run import:publications -- <file>...`: see USAGE. */
const path = require('node:path');
const { withStrapi } = require('./cms-instance');
const { DATABASE_ENVIRONMENT, USAGE_ERROR, readCommandLine, unreadableFile } = require('./command-line');

const USAGE = `Usage: npm run import:publications -- <file>...

Imports publications from files saved from PubMed (efetch XML), HAL (search API JSON), ORCID (v3.0 works JSON) or a
reference manager (BibTeX) into the CMS's database, and prints a report. Offline: it only reads the files, whose
content tells their format. Records of the same work are merged, authors are linked to people, and a field an editor
changed is never overwritten. Stop npm run dev first when it uses the same SQLite file.

Arguments:
  <file>...             the files, relative to where the command is typed; all must exist before anything is imported

Options:
  -h, --help            print this help

Environment (cms/.env or the environment; the CMS's other settings apply too):
${DATABASE_ENVIRONMENT}
  SEED_ON_START         skip (the default here): an empty database is not seeded first

Exit status: 0 imported; 1 a file could not be read as publications (nothing of it imported, the other files were);
2 bad command line, or a file missing or unreadable (nothing imported).`;

const { positionals } = readCommandLine(process.argv.slice(2), { usage: USAGE, positionals: { name: 'the files to import', min: 1, max: Infinity } });
// npm runs workspace scripts in cms/: file names are relative to where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const files = positionals.map((file) => path.resolve(base, file));
const unreadable = files.map(unreadableFile).filter((problem) => problem !== null);
if (unreadable.length > 0) {
  console.error(`${unreadable.join('\n')}\nNothing was imported.`);
  process.exit(USAGE_ERROR);
}

(async () => {
  process.env.SEED_ON_START = process.env.SEED_ON_START ?? 'skip';
  const failedFiles = await withStrapi(async (strapi, distDir) => {
    const { importPublications } = require(`${distDir}/src/publications/import`);
    const { describeImportReport } = require(`${distDir}/src/publications/import-report`);
    const report = await importPublications(strapi, files);
    console.log(describeImportReport(report));
    return report.files.filter((/** @type {{ error: string | null }} */ file) => file.error !== null).length;
  });
  process.exit(failedFiles > 0 ? 1 : 0);
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
