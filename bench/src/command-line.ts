/**
 * How the bench commands read their command line, before they build or start anything: `--help` (or `-h`) prints the
 * usage and exits 0; an argument the parser refuses (a UsageError) is printed with the usage line, exit code 2.
 */
export class UsageError extends Error {}

const USAGE_ERROR = 2;

export function readCommandLine<T>(argv: string[], usage: string, parse: (argv: string[]) => T): T {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage.split('\n')[0]}\n(--help for the options and the environment it reads)`);
    return process.exit(USAGE_ERROR);
  }
}
