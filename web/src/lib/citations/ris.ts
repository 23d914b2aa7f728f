/**
 * Publications as RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley): one
 * "XX  - value" line per field, CRLF line endings, each record closed by "ER  - ".
 */
import type { Citation, PublicationType } from '../cms/reshape/publication';
import { doiUrl, halUrl } from '../cms/reshape/publication';
import { splitName } from './names';

export type RisCitation = Citation & { abstract: string | null };

const RECORD_TYPES: Record<PublicationType, string> = {
  article: 'JOUR',
  review: 'JOUR',
  preprint: 'UNPB',
  'book-chapter': 'CHAP',
  book: 'BOOK',
  'conference-paper': 'CONF',
  thesis: 'THES',
  other: 'GEN',
};

// Lines are the format's structure: a value must stay on its line.
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

function record(citation: RisCitation): string[] {
  const lines: Array<[string, string | null | undefined]> = [
    ['TY', RECORD_TYPES[citation.type]],
    ...citation.authors.map((author): [string, string] => {
      const { family, given } = splitName(author);
      return ['AU', given ? `${family}, ${given}` : family];
    }),
    ['TI', citation.title],
    // T2 is the secondary title in every record type; JO is the journal's name, read by some tools from articles only.
    ['T2', citation.journal],
    ['JO', RECORD_TYPES[citation.type] === 'JOUR' ? citation.journal : null],
    ['PY', String(citation.year)],
    ['DA', citation.date ? citation.date.slice(0, 10).replace(/-/g, '/') : null],
    ['DO', citation.doi],
    ['AN', citation.pmid ? `PMID:${citation.pmid}` : null],
    ['UR', citation.url ?? (citation.doi ? doiUrl(citation.doi) : null)],
    ['UR', citation.halId ? halUrl(citation.halId) : null],
    ['AB', citation.abstract],
    ['ER', ''],
  ];
  return lines.flatMap(([tag, value]) => (value === null || value === undefined || (value === '' && tag !== 'ER') ? [] : [`${tag}  - ${oneLine(value)}`]));
}

/** A RIS file of the citations, records separated by a blank line. */
export function toRis(citations: RisCitation[]): string {
  return citations.map((citation) => `${record(citation).join('\r\n')}\r\n`).join('\r\n');
}
