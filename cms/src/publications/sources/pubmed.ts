// PubMed XML as efetch returns it (db=pubmed, retmode=xml) and as "Save > PubMed XML" would: a PubmedArticleSet of
// PubmedArticle (journal articles) and PubmedBookArticle (NCBI Bookshelf chapters) elements.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { endOfContent, placeAt, PublicationFileError, TextPositions } from '../file-error';
import {
  cleanOptional,
  isoDate,
  makeAuthor,
  monthNumber,
  normalizeDoi,
  normalizePmid,
  parseYear,
  stripMarkup,
  type ParsedAuthor,
  type ParsedFile,
  type ParsedPublication,
  type PublicationType,
} from '../record';

/** Elements whose content is text with inline markup (<i>, <sup>, MathML): read raw, then stripped, to keep word order. */
const RICH_TEXT_ELEMENTS = ['ArticleTitle', 'VernacularTitle', 'BookTitle', 'AbstractText'];
const REPEATED_ELEMENTS = new Set([
  'PubmedArticle',
  'PubmedBookArticle',
  'AuthorList',
  'Author',
  'Identifier',
  'AbstractText',
  'ArticleId',
  'ArticleDate',
  'ELocationID',
  'PublicationType',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // PMIDs and years stay strings: "0123" must not become 123.
  parseTagValue: false,
  captureMetaData: true,
  stopNodes: RICH_TEXT_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => REPEATED_ELEMENTS.has(name),
});
// Typed Symbol (the wrapper) by the package; it is a symbol.
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** What fast-xml-parser makes of an element: its text, or an object of attributes ("@_x"), children and "#text". */
type XmlValue = string | XmlElement;
interface XmlElement {
  [name: string]: unknown;
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(parent: unknown, name: string): XmlValue[] {
  if (!isElement(parent)) return [];
  const value = parent[name];
  const values = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return values.filter((item): item is XmlValue => typeof item === 'string' || isElement(item));
}

function child(parent: unknown, name: string): XmlValue | undefined {
  return children(parent, name)[0];
}

/** Walks down a path of first children: path(article, 'Journal', 'JournalIssue', 'PubDate'). */
function path(parent: unknown, ...names: string[]): XmlValue | undefined {
  let node: unknown = parent;
  for (const name of names) node = child(node, name);
  return node as XmlValue | undefined;
}

function rawText(value: XmlValue | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  const text = value['#text'];
  return typeof text === 'string' || typeof text === 'number' ? String(text) : null;
}

/** Text of a plain element (the parser has decoded its entities already). */
function text(value: XmlValue | undefined): string | null {
  return cleanOptional(rawText(value));
}

/** Text of a RICH_TEXT_ELEMENTS element, which the parser leaves raw. */
function richText(value: XmlValue | undefined): string | null {
  const raw = rawText(value);
  return raw === null ? null : cleanOptional(stripMarkup(raw));
}

function attribute(value: XmlValue | undefined, name: string): string | null {
  if (!isElement(value)) return null;
  const attributeValue = value[`@_${name}`];
  return typeof attributeValue === 'string' ? attributeValue : null;
}

function startOffset(element: XmlElement): number {
  const metadata = (element as Record<symbol, unknown>)[METADATA] as { startIndex?: number } | undefined;
  return metadata?.startIndex ?? 0;
}

export function parsePubmedXml(text: string, file: string): ParsedFile {
  const validation = XMLValidator.validate(text);
  if (validation !== true) throw malformedXmlError(text, file, validation.err);

  let document: unknown;
  try {
    document = parser.parse(text);
  } catch (error) {
    // The validator has passed the text: this is a limit of the parser (entity expansion, nesting depth).
    throw new PublicationFileError(file, null, `the XML cannot be read: ${(error as Error).message}`);
  }
  const rootName = isElement(document) ? Object.keys(document).find((name) => !name.startsWith('?')) : undefined;
  if (rootName !== 'PubmedArticleSet') {
    const rootOffset = rootName === undefined ? 0 : Math.max(0, text.search(new RegExp(`<${rootName}[\\s/>]`)));
    throw new PublicationFileError(
      file,
      placeAt(text, rootOffset),
      `the XML root element is <${rootName ?? '?'}>, not <PubmedArticleSet>: this is not PubMed XML (efetch db=pubmed retmode=xml)`,
    );
  }
  const set = (document as XmlElement).PubmedArticleSet;
  const entries = [
    ...children(set, 'PubmedArticle')
      .filter(isElement)
      .map((element) => ({ element, book: false })),
    ...children(set, 'PubmedBookArticle')
      .filter(isElement)
      .map((element) => ({ element, book: true })),
  ]
    .map((entry) => ({ ...entry, start: startOffset(entry.element) }))
    .sort((a, b) => a.start - b.start);

  const positions = new TextPositions(text);
  const records = entries.map(({ element, book, start }) => {
    const line = positions.at(start).line;
    return book ? readBookArticle(element, file, line) : readArticle(element, file, line);
  });
  return { format: 'pubmed', records };
}

/**
 * The validator reports a file cut short as unclosed elements at "line 1, column 1", or as a broken last tag: both
 * are told as truncation at the end of the content, which is where the file needs looking at.
 */
function malformedXmlError(
  text: string,
  file: string,
  error: { msg: string; line: number; col: number },
): PublicationFileError {
  const unclosed = openElementsAtEnd(error.msg);
  if (unclosed !== null) {
    const innermost = unclosed[unclosed.length - 1];
    const chain = unclosed.length > 1 ? ` (${unclosed.join(' > ')} are not closed)` : '';
    return new PublicationFileError(
      file,
      placeAt(text, endOfContent(text)),
      `the file ends inside <${innermost}>${chain}: it looks truncated`,
    );
  }
  const lines = text.split('\n');
  const offset = lines.slice(0, error.line - 1).reduce((total, line) => total + line.length + 1, 0) + error.col - 1;
  if (!text.slice(offset).includes('<')) {
    return new PublicationFileError(
      file,
      placeAt(text, endOfContent(text)),
      'the file ends in the middle of a tag: it looks truncated',
    );
  }
  return new PublicationFileError(file, `line ${error.line}, column ${error.col}`, `malformed XML: ${error.msg}`);
}

/** The elements left open when the file ended, from the validator's messages for that case; null for other errors. */
function openElementsAtEnd(message: string): string[] | null {
  const single = /^Unclosed tag '(.+)'\.$/.exec(message);
  if (single) return [single[1]];
  const several = /^Invalid '(\[.*\])' found\.$/.exec(message);
  if (!several) return null;
  try {
    const names: unknown = JSON.parse(several[1]);
    return Array.isArray(names) && names.every((name) => typeof name === 'string') ? names : null;
  } catch {
    return null;
  }
}

function readArticle(element: XmlElement, file: string, line: number): ParsedPublication {
  const citation = child(element, 'MedlineCitation');
  const article = child(citation, 'Article');
  const ids = articleIds(path(element, 'PubmedData', 'ArticleIdList'));
  const pmid = normalizePmid(text(child(citation, 'PMID'))) ?? ids.pmid;
  const title = articleTitle(child(article, 'ArticleTitle')) ?? articleTitle(child(article, 'VernacularTitle'));
  if (title === null) {
    throw new PublicationFileError(
      file,
      `line ${line}`,
      `the PubmedArticle (PMID ${pmid ?? 'missing'}) has no ArticleTitle`,
    );
  }
  const pubDate = path(article, 'Journal', 'JournalIssue', 'PubDate');
  const year = parseYear(text(child(pubDate, 'Year'))) ?? parseYear(text(child(pubDate, 'MedlineDate')));
  const electronicDate = children(article, 'ArticleDate').find((date) => attribute(date, 'DateType') !== 'Print');
  const elocationDoi = children(article, 'ELocationID').find(
    (id) => attribute(id, 'EIdType') === 'doi' && attribute(id, 'ValidYN') !== 'N',
  );
  return {
    source: 'pubmed',
    location: `line ${line}`,
    title,
    authors: authors(children(article, 'AuthorList')),
    journal: text(path(article, 'Journal', 'Title')) ?? text(path(article, 'Journal', 'ISOAbbreviation')),
    year: year ?? parseYear(text(child(electronicDate, 'Year'))),
    date: fullDate(pubDate) ?? fullDate(electronicDate),
    type: articleType(children(child(article, 'PublicationTypeList'), 'PublicationType')),
    doi: ids.doi ?? normalizeDoi(text(elocationDoi)),
    pmid,
    halId: null,
    abstract: abstractText(child(article, 'Abstract')),
    url: pubmedUrl(pmid),
    openAccess: ids.pmc ? true : null,
  };
}

/** A Bookshelf chapter, or a whole book when it has no ArticleTitle of its own. */
function readBookArticle(element: XmlElement, file: string, line: number): ParsedPublication {
  const document = child(element, 'BookDocument');
  const book = child(document, 'Book');
  const ids = mergeIds(
    articleIds(child(document, 'ArticleIdList')),
    articleIds(path(element, 'PubmedBookData', 'ArticleIdList')),
  );
  const pmid = normalizePmid(text(child(document, 'PMID'))) ?? ids.pmid;
  const chapterTitle = articleTitle(child(document, 'ArticleTitle'));
  const bookTitle = articleTitle(child(book, 'BookTitle'));
  const title = chapterTitle ?? bookTitle;
  if (title === null) {
    throw new PublicationFileError(
      file,
      `line ${line}`,
      `the PubmedBookArticle (PMID ${pmid ?? 'missing'}) has no ArticleTitle or BookTitle`,
    );
  }
  const pubDate = child(book, 'PubDate');
  return {
    source: 'pubmed',
    location: `line ${line}`,
    title,
    authors: authors([...children(document, 'AuthorList'), ...children(book, 'AuthorList')]),
    journal: chapterTitle === null ? null : bookTitle,
    year: parseYear(text(child(pubDate, 'Year'))) ?? parseYear(text(child(pubDate, 'MedlineDate'))),
    date: fullDate(pubDate),
    type: chapterTitle === null ? 'book' : 'book-chapter',
    doi: ids.doi,
    pmid,
    halId: null,
    abstract: abstractText(child(document, 'Abstract')),
    url: pubmedUrl(pmid),
    openAccess: ids.pmc ? true : null,
  };
}

/** PubMed ends every title with a period and puts translated titles in brackets; the other sources do neither. */
function articleTitle(value: XmlValue | undefined): string | null {
  const title = richText(value);
  if (title === null) return null;
  const unbracketed = /^\[(.*)\]\.?$/.exec(title)?.[1] ?? title;
  return cleanOptional(unbracketed.replace(/(?<!\.)\.$/, ''));
}

/** The authors (not the editors: book records list both) in order; ValidYN="N" marks a name PubMed withdrew. */
function authors(lists: XmlValue[]): ParsedAuthor[] {
  const authorLists = lists.filter((list) => (attribute(list, 'Type') ?? 'authors') === 'authors');
  return authorLists
    .flatMap((list) => children(list, 'Author'))
    .filter((author) => attribute(author, 'ValidYN') !== 'N')
    .map((author) => {
      const orcid = text(children(author, 'Identifier').find((id) => attribute(id, 'Source') === 'ORCID'));
      const collective = text(child(author, 'CollectiveName'));
      if (collective !== null) return makeAuthor({ given: null, family: null, name: collective, orcid });
      const given = text(child(author, 'ForeName')) ?? text(child(author, 'Initials'));
      const family = text(child(author, 'LastName'));
      const suffix = text(child(author, 'Suffix'));
      const name = [given, family, suffix].filter((part) => part !== null).join(' ');
      return makeAuthor({ given, family, name, orcid });
    })
    .filter((author) => author.name !== '');
}

/**
 * PubMed's types for a citation are a set ("Journal Article", "Review", "Research Support, ..."): the most specific
 * one we know wins.
 */
function articleType(values: XmlValue[]): PublicationType {
  const types = new Set(values.map((value) => text(value)?.toLowerCase()));
  if (types.has('preprint')) return 'preprint';
  if (types.has('review') || types.has('systematic review')) return 'review';
  if (types.has('journal article')) return 'article';
  if (types.has('congress') || types.has('clinical conference')) return 'conference-paper';
  return 'other';
}

/** Structured abstracts have several labelled parts: one "LABEL: text" paragraph each. */
function abstractText(abstract: XmlValue | undefined): string | null {
  const paragraphs = children(abstract, 'AbstractText')
    .map((part) => {
      const body = richText(part);
      const label = cleanOptional(attribute(part, 'Label'));
      return body === null ? null : label === null ? body : `${label}: ${body}`;
    })
    .filter((paragraph): paragraph is string => paragraph !== null);
  return paragraphs.length === 0 ? null : paragraphs.join('\n\n');
}

function fullDate(date: XmlValue | undefined): string | null {
  return isoDate(
    parseYear(text(child(date, 'Year'))),
    monthNumber(text(child(date, 'Month'))),
    text(child(date, 'Day')),
  );
}

interface ArticleIds {
  doi: string | null;
  pmid: string | null;
  pmc: string | null;
}

function articleIds(list: XmlValue | undefined): ArticleIds {
  const idOfType = (type: string): string | null =>
    text(children(list, 'ArticleId').find((id) => attribute(id, 'IdType') === type));
  return {
    doi: normalizeDoi(idOfType('doi')),
    pmid: normalizePmid(idOfType('pubmed')),
    pmc: cleanOptional(idOfType('pmc')),
  };
}

function mergeIds(first: ArticleIds, second: ArticleIds): ArticleIds {
  return { doi: first.doi ?? second.doi, pmid: first.pmid ?? second.pmid, pmc: first.pmc ?? second.pmc };
}

function pubmedUrl(pmid: string | null): string | null {
  return pmid === null ? null : `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
