// BibTeX (.bib) files as reference managers, PubMed, HAL and journals export them. Read as BibTeX reads them:
// an entry starts at "@", text between entries is ignored, @string macros (and jan..dec) expand, "#" concatenates.
// Field values are then turned from LaTeX into plain Unicode text.
import { endOfContent, PublicationFileError, TextPositions } from '../file-error';
import {
  cleanOptional,
  cleanText,
  isoDate,
  isoDateFromText,
  makeAuthor,
  MONTH_NAMES,
  monthNumber,
  normalizeDoi,
  normalizeHalId,
  normalizePmid,
  parseYear,
  splitNameWords,
  type ParsedAuthor,
  type ParsedFile,
  type ParsedPublication,
  type PublicationType,
} from '../record';

export function parseBibtex(text: string, file: string): ParsedFile {
  const entries = new BibtexReader(text, file).readEntries();
  return { format: 'bibtex', records: entries.map((entry) => toPublication(entry, file)) };
}

/** Whether a text holds at least one "@type{" entry, for format detection. */
export function looksLikeBibtex(text: string): boolean {
  return /@\s*[a-z]+\s*[{(]/i.test(text);
}

interface BibtexEntry {
  type: string;
  key: string;
  /** Where its "@" is: "line 31, column 1". */
  place: string;
  line: number;
  /** Lowercase field name → raw value, LaTeX and inner braces kept; the first of repeated fields wins. */
  fields: Map<string, string>;
}

class BibtexReader {
  private position = 0;
  private readonly positions: TextPositions;
  /** Starts with BibTeX's own month macros, jan to dec, which expand to the month's name. */
  private readonly macros = new Map<string, string>(
    MONTH_NAMES.map((month) => [month.slice(0, 3).toLowerCase(), month]),
  );

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.positions = new TextPositions(text);
  }

  readEntries(): BibtexEntry[] {
    const entries: BibtexEntry[] = [];
    for (;;) {
      const at = this.text.indexOf('@', this.position);
      if (at < 0) return entries;
      this.position = at + 1;
      this.skipSpace(false);
      const type = this.readName()?.toLowerCase();
      this.skipSpace(false);
      const open = this.text[this.position];
      // An "@" not followed by "type{" is text between entries (an e-mail address in a comment): ignored.
      if (type === undefined || (open !== '{' && open !== '(')) continue;
      this.position += 1;
      const block: Block = { type, start: at, close: open === '{' ? '}' : ')' };
      if (type === 'comment' || type === 'preamble') this.skipBody(block);
      else if (type === 'string') this.readMacro(block);
      else entries.push(this.readEntry(block));
    }
  }

  private readEntry(block: Block): BibtexEntry {
    this.skipSpace(true);
    const keyStart = this.position;
    const key = /^[^\s,{}()="#%]+/.exec(this.text.slice(this.position, this.position + 500))?.[0] ?? '';
    this.position += key.length;
    this.skipSpace(true);
    if (key === '' || this.text[this.position] === '=') {
      this.fail(
        keyStart,
        `the entry @${block.type} that starts on line ${this.lineOf(block.start)} has no key (expected "@${block.type}{key,")`,
      );
    }
    const entry: BibtexEntry = {
      type: block.type,
      key,
      place: this.positions.place(block.start),
      line: this.lineOf(block.start),
      fields: new Map(),
    };
    const label = `@${block.type}{${key}`;
    if (this.text[this.position] !== ',') {
      this.expectClose(block, label);
      return entry;
    }
    this.position += 1;
    for (;;) {
      this.skipSpace(true);
      if (this.text[this.position] === block.close) {
        this.position += 1;
        return entry;
      }
      if (this.position >= this.text.length || this.atNewEntry()) this.failUnclosed(block, label);
      const nameStart = this.position;
      const name = this.readName();
      if (name === undefined)
        this.fail(nameStart, `expected a field name in the entry ${label}, found ${this.describeHere()}`);
      this.skipSpace(true);
      if (this.text[this.position] !== '=') {
        if (this.position >= this.text.length || this.atNewEntry()) this.failUnclosed(block, label);
        this.fail(
          this.position,
          `expected "=" after the field name "${name}" in the entry ${label}, found ${this.describeHere()}`,
        );
      }
      this.position += 1;
      const value = this.readValue(block, label);
      if (!entry.fields.has(name.toLowerCase())) entry.fields.set(name.toLowerCase(), value);
      this.skipSpace(true);
      if (this.text[this.position] !== ',') {
        this.expectClose(block, label, `after the value of "${name}"`);
        return entry;
      }
      this.position += 1;
    }
  }

  private readMacro(block: Block): void {
    this.skipSpace(true);
    const nameStart = this.position;
    const name = this.readName();
    if (name === undefined)
      this.fail(nameStart, `expected a macro name in the @string on line ${this.lineOf(block.start)}`);
    this.skipSpace(true);
    if (this.text[this.position] !== '=')
      this.fail(this.position, `expected "=" after the macro name "${name}", found ${this.describeHere()}`);
    this.position += 1;
    const value = this.readValue(block, `@string{${name}`);
    this.macros.set(name.toLowerCase(), value);
    this.skipSpace(true);
    this.expectClose(block, `@string{${name}`);
  }

  /** A value: pieces ({braced}, "quoted", 2020, macro) joined by "#". */
  private readValue(block: Block, label: string): string {
    let value = '';
    for (;;) {
      this.skipSpace(true);
      value += this.readPiece(block, label);
      this.skipSpace(true);
      if (this.text[this.position] !== '#') return value;
      this.position += 1;
    }
  }

  private readPiece(block: Block, label: string): string {
    const start = this.position;
    const char = this.text[start];
    if (char === '{' || char === '"') {
      const closer = char === '{' ? '}' : '"';
      const end = this.findDelimitedEnd(start, closer);
      if (end < 0)
        this.failUnclosed(block, label, `the value that starts on line ${this.lineOf(start)} has no closing ${closer}`);
      this.position = end + 1;
      return this.text.slice(start + 1, end);
    }
    const digits = /^\d+/.exec(this.text.slice(start, start + 50))?.[0];
    if (digits !== undefined) {
      this.position += digits.length;
      return digits;
    }
    const name = this.readName();
    if (name === undefined) {
      if (start >= this.text.length) this.failUnclosed(block, label);
      this.fail(
        start,
        `expected a value ({...}, "...", a number or a macro) in the entry ${label}, found ${this.describeHere()}`,
      );
    }
    const expansion = this.macros.get(name.toLowerCase());
    if (expansion === undefined) {
      this.fail(
        start,
        `the macro "${name}" is not defined: define it with @string{${name} = {...}} before this entry, or put the value in braces`,
      );
    }
    return expansion;
  }

  /**
   * Where a {braced} or "quoted" value ends; -1 if it does not, or if a line starting with "@type{" comes first:
   * a value never holds a new entry, so a brace is missing.
   */
  private findDelimitedEnd(start: number, closer: string): number {
    let depth = 0;
    for (let index = start + 1; index < this.text.length; index += 1) {
      const char = this.text[index];
      if (char === '{') depth += 1;
      else if (char === '}' && depth > 0) depth -= 1;
      else if (char === closer && depth === 0) return index;
      else if (char === '\n' && this.isEntryStart(index + 1)) return -1;
    }
    return -1;
  }

  /** @comment{...} and @preamble{...}: skipped, braces balanced. */
  private skipBody(block: Block): void {
    const end = this.findDelimitedEnd(this.position - 1, block.close);
    if (end < 0) this.failUnclosed(block, `@${block.type}`);
    this.position = end + 1;
  }

  private expectClose(block: Block, label: string, after = ''): void {
    if (this.text[this.position] === block.close) {
      this.position += 1;
      return;
    }
    if (this.position >= this.text.length || this.atNewEntry()) this.failUnclosed(block, label);
    const where = after === '' ? '' : ` ${after}`;
    this.fail(
      this.position,
      `expected "," or "${block.close}"${where} in the entry ${label}, found ${this.describeHere()}`,
    );
  }

  /** Reported where the next entry starts (the reader stops there), or at the end of a truncated file. */
  private failUnclosed(block: Block, label: string, cause?: string): never {
    const startLine = this.lineOf(block.start);
    const nextEntry = this.nextEntryStart(block.start + 1);
    if (nextEntry >= 0) {
      const why = cause ?? `a "${block.close}" is missing before this line`;
      throw new PublicationFileError(
        this.file,
        this.positions.place(nextEntry),
        `the entry ${label} that starts on line ${startLine} is not closed: ${why}`,
      );
    }
    const why = cause === undefined ? '' : ` (${cause})`;
    throw new PublicationFileError(
      this.file,
      this.positions.place(endOfContent(this.text)),
      `the file ends before the entry ${label} that starts on line ${startLine} is closed${why}: it looks truncated`,
    );
  }

  private fail(offset: number, problem: string): never {
    throw new PublicationFileError(this.file, this.positions.place(offset), problem);
  }

  /** Whitespace, and inside entries "%" comments to the end of the line, as biber and most tools allow. */
  private skipSpace(commentsToo: boolean): void {
    for (;;) {
      while (this.position < this.text.length && /\s/.test(this.text[this.position])) this.position += 1;
      if (!commentsToo || this.text[this.position] !== '%') return;
      const lineEnd = this.text.indexOf('\n', this.position);
      this.position = lineEnd < 0 ? this.text.length : lineEnd;
    }
  }

  private readName(): string | undefined {
    const name = /^[a-z_][\w:.+/-]*/i.exec(this.text.slice(this.position, this.position + 200))?.[0];
    if (name !== undefined) this.position += name.length;
    return name;
  }

  private isEntryStart(offset: number): boolean {
    return /^@[a-z]+\s*[{(]/i.test(this.text.slice(offset, offset + 100));
  }

  /** At a line that starts a new entry: the current one must have lost its closing brace. */
  private atNewEntry(): boolean {
    return this.text[this.position - 1] === '\n' && this.isEntryStart(this.position);
  }

  private nextEntryStart(from: number): number {
    const match = /\n(@[a-z]+\s*[{(])/i.exec(this.text.slice(from));
    return match === null ? -1 : from + match.index + 1;
  }

  private lineOf(offset: number): number {
    return this.positions.at(offset).line;
  }

  private describeHere(): string {
    const char = this.text[this.position];
    if (char === undefined) return 'the end of the file';
    return char === '\n' || char === '\r' ? 'a line break' : `"${char}"`;
  }
}

interface Block {
  type: string;
  start: number;
  close: '}' | ')';
}

const ENTRY_TYPES: Record<string, PublicationType> = {
  article: 'article',
  incollection: 'book-chapter',
  inbook: 'book-chapter',
  book: 'book',
  inproceedings: 'conference-paper',
  conference: 'conference-paper',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
};

function toPublication(entry: BibtexEntry, file: string): ParsedPublication {
  const field = (name: string): string | null => cleanOptional(latexToText(entry.fields.get(name) ?? ''));
  const verbatimField = (name: string): string | null => verbatim(entry.fields.get(name));
  const title = field('title');
  if (title === null) {
    throw new PublicationFileError(file, entry.place, `the entry @${entry.type}{${entry.key}} has no title`);
  }
  const year = parseYear(field('year')) ?? parseYear(field('date'));
  const { month, day } = monthAndDay(field('month'), field('day'));
  const eprintIsPubmed = field('eprinttype')?.toLowerCase() === 'pubmed';
  return {
    source: 'bibtex',
    location: `line ${entry.line}`,
    title,
    authors: bibtexAuthors(entry.fields.get('author') ?? ''),
    journal: field('journal') ?? field('journaltitle') ?? field('booktitle'),
    year,
    date: isoDate(year, month, day) ?? isoDateFromText(field('date')),
    type: publicationType(entry, field, eprintIsPubmed),
    doi: normalizeDoi(verbatimField('doi')),
    pmid: normalizePmid(verbatimField('pmid') ?? (eprintIsPubmed ? verbatimField('eprint') : null)),
    halId: normalizeHalId(verbatimField('hal_id')),
    abstract: field('abstract'),
    url: verbatimField('url'),
    openAccess: verbatimField('pmcid') === null ? null : true,
  };
}

/** "nov" # " 12" expands to "November 12": some exports put the day in the month field. */
function monthAndDay(monthText: string | null, dayText: string | null): { month: number | null; day: string | null } {
  const withDay = monthText === null ? null : /^(\S+)\s+(\d{1,2})$/.exec(monthText);
  if (withDay) return { month: monthNumber(withDay[1]), day: dayText ?? withDay[2] };
  return { month: monthNumber(monthText), day: dayText };
}

/**
 * The entry type decides, except for preprints, which BibTeX has no type for: biblatex's pubstate = {preprint},
 * or a @misc/@unpublished/@online entry with an e-print (archivePrefix, eprint) or a note saying "preprint" or
 * naming a preprint server. A review is an @article with type = {review}; BibTeX has no other way to say it.
 */
function publicationType(
  entry: BibtexEntry,
  field: (name: string) => string | null,
  eprintIsPubmed: boolean,
): PublicationType {
  if (field('pubstate')?.toLowerCase() === 'preprint') return 'preprint';
  if (entry.type === 'article') return field('type')?.toLowerCase() === 'review' ? 'review' : 'article';
  if (['misc', 'unpublished', 'online'].includes(entry.type)) {
    const mentionsPreprint = ['note', 'howpublished', 'type', 'publisher'].some((name) =>
      /preprint|biorxiv|medrxiv|arxiv/i.test(field(name) ?? ''),
    );
    const hasEprint = field('archiveprefix') !== null || (field('eprint') !== null && !eprintIsPubmed);
    return mentionsPreprint || hasEprint ? 'preprint' : 'other';
  }
  return ENTRY_TYPES[entry.type] ?? 'other';
}

/** Identifiers and URLs are not LaTeX text: only the braces and the escapes of _ & % # $ go. */
function verbatim(raw: string | undefined): string | null {
  return raw === undefined ? null : cleanOptional(raw.replace(/[{}]/g, '').replace(/\\([_&%#$])/g, '$1'));
}

/**
 * "Last, First and First Last and {Collective Name} and others": names split on "and" outside braces, in order;
 * "others" (BibTeX's et al.) is dropped. A name entirely in braces is a collective author.
 */
function bibtexAuthors(raw: string): ParsedAuthor[] {
  const names: string[][] = [[]];
  for (const word of wordsOutsideBraces(raw)) {
    if (word.toLowerCase() === 'and') names.push([]);
    else names[names.length - 1].push(word);
  }
  return names
    .filter((words) => words.length > 0 && !(words.length === 1 && words[0].toLowerCase() === 'others'))
    .map(bibtexName);
}

function bibtexName(words: string[]): ParsedAuthor {
  if (words.length === 1 && /^\{.*\}$/s.test(words[0])) {
    return makeAuthor({ given: null, family: null, name: latexToText(words[0]) });
  }
  const parts = splitOnTopLevelCommas(words.join(' ')).map((part) => wordsOutsideBraces(part));
  const text = (partWords: string[]): string | null => cleanOptional(latexToText(partWords.join(' ')));
  if (parts.length === 1) {
    const { given, family } = splitNameWords(parts[0]);
    return makeAuthor({ given: text(given), family: text(family) });
  }
  const family = text(parts[0]);
  const given = text(parts[parts.length - 1]);
  const suffix = parts.length > 2 ? text(parts[1]) : null;
  return makeAuthor({ given, family, name: [given, family, suffix].filter((part) => part !== null).join(' ') });
}

/** Words separated by spaces or "~" outside braces; the braces stay in the words. */
function wordsOutsideBraces(raw: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const char of raw) {
    if (char === '{') depth += 1;
    if (char === '}') depth = Math.max(0, depth - 1);
    if (depth === 0 && (/\s/.test(char) || char === '~')) {
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word !== '') words.push(word);
  return words;
}

function splitOnTopLevelCommas(raw: string): string[] {
  const parts: string[] = [''];
  let depth = 0;
  for (const char of raw) {
    if (char === '{') depth += 1;
    if (char === '}') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

/** Combining marks of LaTeX's accent commands: \'e is e + U+0301, composed to é by NFC. */
const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};

const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
  textquoteright: '’',
  textquoteleft: '‘',
  textquotedblleft: '“',
  textquotedblright: '”',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  textdegree: '°',
  pm: '±',
  times: '×',
  leq: '≤',
  geq: '≥',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  omega: 'ω',
  Delta: 'Δ',
};

/**
 * LaTeX in a field value to plain text: accents and symbols to Unicode, formatting commands (\emph, \textit...)
 * and braces dropped keeping their text, -- and --- to dashes, ~ to a space, math-mode $ ^ _ dropped.
 * An unknown command is dropped and its argument kept.
 */
export function latexToText(raw: string): string {
  let output = '';
  let inMath = false;
  let index = 0;

  /** The text an accent applies to: {e}, \i, or the next character. */
  const readAccentArgument = (): string => {
    const char = raw[index];
    if (char === '{') {
      const end = matchingBrace(raw, index);
      const inner = raw.slice(index + 1, end < 0 ? raw.length : end);
      index = end < 0 ? raw.length : end + 1;
      return latexToText(inner.replace(/^\\([ij])(?![a-z])/i, '$1'));
    }
    if (char === '\\') {
      const command = /^\\([a-z]+)/i.exec(raw.slice(index))?.[1];
      if (command === 'i' || command === 'j') {
        index += command.length + 1;
        return command;
      }
      return '';
    }
    index += char === undefined ? 0 : 1;
    return char ?? '';
  };

  while (index < raw.length) {
    const char = raw[index];
    if (char === '\\') {
      const next = raw[index + 1] ?? '';
      const word = /^[a-z]+/i.exec(raw.slice(index + 1))?.[0];
      if (Object.hasOwn(ACCENTS, next) && !/[a-z]/i.test(next)) {
        index += 2;
        output += accent(readAccentArgument(), ACCENTS[next]);
      } else if (word !== undefined) {
        index += word.length + 1;
        // A control word eats the spaces after it, as in TeX.
        while (raw[index] === ' ') index += 1;
        if (Object.hasOwn(ACCENTS, word) && (raw[index] === '{' || /[a-z]/i.test(raw[index] ?? ''))) {
          output += accent(readAccentArgument(), ACCENTS[word]);
        } else if (Object.hasOwn(SYMBOLS, word)) {
          output += SYMBOLS[word];
        }
      } else {
        index += 2;
        // \& is "&"; \, \; \\ and "\ " are spaces; \- (hyphenation point) and \/ are nothing.
        output += '&%$#_{}'.includes(next) ? next : ' ,;:\\\n'.includes(next) ? ' ' : '';
      }
    } else if (char === '{' || char === '}') {
      index += 1;
    } else if (char === '$') {
      inMath = !inMath;
      index += 1;
    } else if (inMath && (char === '^' || char === '_')) {
      index += 1;
    } else if (raw.startsWith('---', index)) {
      output += '—';
      index += 3;
    } else if (raw.startsWith('--', index)) {
      output += '–';
      index += 2;
    } else if (raw.startsWith('``', index) || raw.startsWith("''", index)) {
      output += raw[index] === '`' ? '“' : '”';
      index += 2;
    } else {
      output += char === '~' ? ' ' : char;
      index += 1;
    }
  }
  return cleanText(output.normalize('NFC'));
}

function accent(base: string, mark: string): string {
  return base === '' ? '' : (base[0] + mark + base.slice(1)).normalize('NFC');
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}
