import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A BibTeX entry as @retorquere/bibtex-parser reads it (the parser behind Zotero's Better BibTeX). */
export interface ParsedEntry {
  type: string;
  key: string;
  fields: Record<string, string | string[] | undefined> & { author?: Array<{ lastName?: string; firstName?: string; prefix?: string; name?: string }> };
}

/**
 * Parses BibTeX with an independent parser. Its CommonJS build does not load under Jest, so it runs as the ES module it
 * is, in a Node process of its own.
 */
export function parseBibtex(text: string): { entries: ParsedEntry[]; errors: unknown[] } {
  const script = `
    import { parse } from '@retorquere/bibtex-parser';
    let input = '';
    process.stdin.setEncoding('utf8').on('data', (chunk) => (input += chunk)).on('end', () => {
      const { entries, errors } = parse(input);
      process.stdout.write(JSON.stringify({ entries: entries.map(({ type, key, fields }) => ({ type, key, fields })), errors }));
    });`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: text,
    cwd: path.resolve(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  return JSON.parse(output) as { entries: ParsedEntry[]; errors: unknown[] };
}
