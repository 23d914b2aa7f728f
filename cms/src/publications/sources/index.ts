// Reading one publication file, whatever the source it was saved from. The content decides the format; the file
// name is only a hint. Any problem throws a PublicationFileError and nothing of the file is returned.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { PublicationFileError } from '../file-error';
import type { ParsedFile } from '../record';
import { looksLikeBibtex, parseBibtex } from './bibtex';
import { isHalResponse, parseHalResponse } from './hal';
import { parseJsonText } from './json-text';
import { isOrcidWorks, parseOrcidWorks } from './orcid';
import { parsePubmedXml } from './pubmed';

const ACCEPTED_FORMATS =
  'PubMed XML (efetch), HAL search API JSON, ORCID v3.0 works JSON (/works, bulk /works/{put-codes} or one /work) or BibTeX';

export async function parsePublicationFile(path: string): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new PublicationFileError(path, null, `cannot be read (${reason})`);
  }
  return parsePublicationText(text, path);
}

/** parsePublicationFile without the disk: fileName is only used in error messages. */
export function parsePublicationText(text: string, fileName: string): ParsedFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = content.trimStart()[0];
  if (start === undefined) throw new PublicationFileError(fileName, null, 'the file is empty');
  if (start === '<') return parsePubmedXml(content, fileName);
  if (start === '{' || start === '[') return parseJsonPublications(content, fileName);
  // A .bib file may hold only comments, hence no "@type{": it is still BibTeX, with no records.
  if (looksLikeBibtex(content) || ['.bib', '.bibtex'].includes(extname(fileName).toLowerCase())) {
    return parseBibtex(content, fileName);
  }
  const medline = /^PMID- /m.test(content)
    ? ' (this looks like PubMed\'s text format: save the search as "PubMed XML" instead)'
    : '';
  throw new PublicationFileError(
    fileName,
    null,
    `not a publication file this importer reads${medline}: expected ${ACCEPTED_FORMATS}`,
  );
}

function parseJsonPublications(text: string, fileName: string): ParsedFile {
  const json = parseJsonText(text, fileName);
  if (isHalResponse(json)) return parseHalResponse(json, fileName);
  if (isOrcidWorks(json)) return parseOrcidWorks(json, fileName);
  throw new PublicationFileError(
    fileName,
    null,
    'this JSON is neither a HAL search response ({"response":{"docs":[...]}}) nor ORCID works ({"group":[...]}, {"bulk":[...]} or one work with a "put-code")',
  );
}
