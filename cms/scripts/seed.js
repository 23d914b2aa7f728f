#!/usr/bin/env node
// @ts-check
/** `npm run seed`: see USAGE. */
const { withStrapi } = require('./cms-instance');
const { DATABASE_ENVIRONMENT, readCommandLine, refuse } = require('./command-line');

const USAGE = `Usage: npm run seed [-- --mode merge|if-empty]

Imports the institute's seed content (cms/data: people, departments, teams, platforms, news, events, job offers,
publications, in French and English) into the CMS's database. Each seed entry is imported at most once: editors'
changes are never overwritten and entries they deleted are never brought back. Stop npm run dev first when it uses the
same SQLite file.

Options:
  --mode merge          (the default) add the seed entries never imported before whose slug is free
  --mode if-empty       fill a database that was never seeded and holds no content; otherwise do nothing
  -h, --help            print this help

Environment (cms/.env or the environment; the CMS's other settings apply too):
${DATABASE_ENVIRONMENT}

Exit status: 0 done (the report says what was created); 1 failed; 2 bad command line.`;

const MODES = ['merge', 'if-empty'];
const { values } = readCommandLine(process.argv.slice(2), { usage: USAGE, options: { mode: { type: 'string' } } });
const mode = values.mode ?? 'merge';
if (typeof mode !== 'string' || !MODES.includes(mode)) refuse(`--mode must be "merge" or "if-empty", got "${mode}".`, USAGE);

(async () => {
  // The seed runs below, in the mode asked for, not as part of the start-up.
  process.env.SEED_ON_START = 'skip';
  await withStrapi(async (strapi, distDir) => {
    const { runSeed, describeSeedReport } = require(`${distDir}/src/bootstrap/seed`);
    console.log(describeSeedReport(await runSeed(strapi, mode)));
  });
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
