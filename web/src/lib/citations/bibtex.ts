/**
 * Publications as BibTeX, for reference managers (JabRef, Zotero, BibDesk) and LaTeX documents. Text is UTF-8 (biber
 * and modern BibTeX read it), with LaTeX's special characters escaped and the title's capitals protected by braces so
 * bibliography styles do not lowercase "DNA" or "Marseille".
 */
import type { Citation, PublicationType } from '../cms/reshape/publication';
import { splitName } from './names';

export type BibtexCitation = Citation & { abstract: string | null };

const ENTRY_TYPES: Record<PublicationType, string> = {
  article: 'article',
  review: 'article',
  preprint: 'misc',
  'book-chapter': 'incollection',
  book: 'book',
  'conference-paper': 'inproceedings',
  thesis: 'phdthesis',
  other: 'misc',
};

// Where each entry type expects the name of what contains the publication (the `journal` field of the CMS).
const CONTAINER_FIELDS: Record<PublicationType, string> = {
  article: 'journal',
  review: 'journal',
  preprint: 'howpublished',
  'book-chapter': 'booktitle',
  book: 'publisher',
  'conference-paper': 'booktitle',
  thesis: 'school',
  other: 'howpublished',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // With LaTeX's default font encoding, < and > print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text as LaTeX reads it literally: its special characters escaped, its spacing on one line. */
export function escapeLatex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^<>]/g, (character) => LATEX_SPECIALS[character]);
}

/** Every word holding a capital letter braced, so styles that change case keep it ("{DNA} repair in {Marseille}"). */
export function protectCapitals(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (/\p{Lu}/u.test(word) ? `{${escapeLatex(word)}}` : escapeLatex(word)))
    .join(' ');
}

// DOIs and URLs are read verbatim by BibTeX's tools: nothing is escaped, but braces would end the field.
const verbatim = (value: string): string => value.replace(/\s+/g, '').replace(/\{/g, '%7B').replace(/\}/g, '%7D');

const asciiWord = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'l', 'd']);

/** "fontanel2026bone": the first author's family name, the year and the title's first significant word, in ASCII. */
export function citationKey(citation: Citation): string {
  const first = citation.authors[0];
  const family = first ? asciiWord(splitName(first).family) : '';
  const word = citation.title
    .split(/[\s'’-]+/)
    .map(asciiWord)
    .find((candidate) => candidate && !SMALL_WORDS.has(candidate));
  return `${family || 'anon'}${citation.year}${word ?? ''}`;
}

function entry(citation: BibtexCitation, key: string): string {
  const names = citation.authors.map((author) => {
    const { family, given } = splitName(author);
    // Braced as one unit: a family name holding " and " or a comma must not be split by BibTeX.
    const familyPart = /,| and /i.test(family) ? `{${escapeLatex(family)}}` : escapeLatex(family);
    return given ? `${familyPart}, ${escapeLatex(given)}` : familyPart;
  });
  if (citation.moreAuthors) names.push('others');
  const month = citation.date ? MONTHS[Number(citation.date.slice(5, 7)) - 1] : undefined;
  const fields: Array<[string, string | undefined]> = [
    ['author', names.length > 0 ? `{${names.join(' and ')}}` : undefined],
    ['title', `{${protectCapitals(citation.title)}}`],
    [CONTAINER_FIELDS[citation.type], citation.journal ? `{${escapeLatex(citation.journal)}}` : undefined],
    ['year', `{${citation.year}}`],
    ['month', month],
    ['date', citation.date ? `{${citation.date}}` : undefined],
    ['doi', citation.doi ? `{${verbatim(citation.doi)}}` : undefined],
    ['pmid', citation.pmid ? `{${escapeLatex(citation.pmid)}}` : undefined],
    ['hal_id', citation.halId ? `{${escapeLatex(citation.halId)}}` : undefined],
    ['url', citation.url ? `{${verbatim(citation.url)}}` : undefined],
    ['note', citation.type === 'preprint' ? '{Preprint}' : citation.type === 'review' ? '{Review}' : undefined],
    ['abstract', citation.abstract ? `{${escapeLatex(citation.abstract)}}` : undefined],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = ${value}`] : [])).join(',\n');
  return `@${ENTRY_TYPES[citation.type]}{${key},\n${body}\n}\n`;
}

/** A BibTeX file of the citations, with unique keys ("fontanel2026bone", "fontanel2026bonea", ...). */
export function toBibtex(citations: BibtexCitation[]): string {
  const used = new Map<string, number>();
  return citations
    .map((citation) => {
      const base = citationKey(citation);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      return entry(citation, count === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(count, 26))}${count > 26 ? count : ''}`);
    })
    .join('\n');
}
