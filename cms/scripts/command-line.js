// @ts-check
/**
 * How every operator command of the CMS reads its command line, before it loads anything: `--help` (or `-h`) prints
 * the usage and exits 0; an unknown option, a missing value or a wrong number of arguments is refused with a message
 * and the usage, exit code 2. Nothing has been read from the database or written anywhere at that point.
 */
const { accessSync, constants, statSync } = require('node:fs');
const { parseArgs } = require('node:util');

/** Exit code of a command line that was refused (bad usage), as most Unix tools use it. */
const USAGE_ERROR = 2;

/** The environment every command that opens the CMS's database reads, for the usages. */
const DATABASE_ENVIRONMENT = `  DATABASE_CLIENT, DATABASE_FILENAME, DATABASE_URL (or DATABASE_HOST, DATABASE_PORT, DATABASE_NAME,
  DATABASE_USERNAME, DATABASE_PASSWORD), DATABASE_SCHEMA, DATABASE_SSL...
                        the database, as the CMS reads it (cms/.env or the environment; SQLite cms/.tmp/data.db
                        by default)
  CMS_PUBLIC_DIR        the folder whose uploads/ holds the media (cms/public by default)`;

/**
 * @typedef {object} CommandLineSpec
 * @property {string} usage the full help text: what the command does, its arguments, options and environment
 * @property {Record<string, { type: 'string' | 'boolean', short?: string }>} [options] the options besides --help
 * @property {{ name: string, min: number, max: number }} [positionals] the arguments the command takes (what they are,
 *   for a message saying they are missing) and how many (none by default)
 */

/**
 * @param {string[]} argv the arguments after the script's name
 * @param {CommandLineSpec} spec
 * @returns {{ values: Record<string, string | boolean | undefined>, positionals: string[] }}
 */
function readCommandLine(argv, { usage, options = {}, positionals = { name: 'argument', min: 0, max: 0 } }) {
  const beforeSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeSeparator.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  const config = { args: argv, options, allowPositionals: true };
  // Unknown options are found first, by name: Node's own message for them suggests a "--" that npm also uses.
  const unknown = parseArgs({ ...config, strict: false, tokens: true }).tokens.find(
    (token) => token.kind === 'option' && !Object.hasOwn(options, token.name),
  );
  if (unknown && unknown.kind === 'option') refuse(`Unknown option "${unknown.rawName}".`, usage);
  /** @type {{ values: Record<string, string | boolean | undefined>, positionals: string[] }} */
  let parsed;
  try {
    parsed = parseArgs({ ...config, strict: true });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error), usage);
  }
  const count = parsed.positionals.length;
  if (count > positionals.max) {
    refuse(`Unexpected argument "${parsed.positionals[positionals.max]}".`, usage);
  }
  if (count < positionals.min) refuse(`Missing: ${positionals.name}.`, usage);
  return parsed;
}

/**
 * Refuses the command line: the message, then the usage line, on standard error.
 * @param {string} message
 * @param {string} usage
 * @returns {never}
 */
function refuse(message, usage) {
  console.error(`${message}\n${usage.split('\n')[0]}\n(--help for the options and the environment it reads)`);
  process.exit(USAGE_ERROR);
}

/**
 * What keeps a command from reading a file it was given, or null when it can be read.
 * @param {string} file an absolute path
 * @returns {string | null}
 */
function unreadableFile(file) {
  try {
    if (!statSync(file).isFile()) return `${file} is not a file.`;
    accessSync(file, constants.R_OK);
    return null;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : String(error);
    return code === 'ENOENT' ? `No file at ${file}.` : `${file} cannot be read (${code}).`;
  }
}

module.exports = { readCommandLine, refuse, unreadableFile, USAGE_ERROR, DATABASE_ENVIRONMENT };
