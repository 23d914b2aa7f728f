/**
 * A publication file that cannot be imported: the importer reports it and imports nothing from that file.
 * The message names the file and the place, e.g. "pubmed.xml, line 14, column 3: the file ends inside <Abstract>".
 */
export class PublicationFileError extends Error {
  readonly file: string;
  /** "line 14, column 3", "docs[4].title_s", ...; null when the problem is the whole file (empty, unknown format). */
  readonly place: string | null;
  readonly problem: string;

  constructor(file: string, place: string | null, problem: string) {
    super(place === null ? `${file}: ${problem}` : `${file}, ${place}: ${problem}`);
    this.name = 'PublicationFileError';
    this.file = file;
    this.place = place;
    this.problem = problem;
  }
}

/**
 * Lines and columns (from 1; columns in UTF-16 code units, as parsers count them) of offsets in a text. The line
 * starts are found once, so placing every record of a large file does not rescan it.
 */
export class TextPositions {
  private readonly lineStarts = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  /** "line 14, column 3". */
  place(offset: number): string {
    const { line, column } = this.at(offset);
    return `line ${line}, column ${column}`;
  }
}

/** "line 14, column 3" for one offset in a text. */
export function placeAt(text: string, offset: number): string {
  return new TextPositions(text).place(offset);
}

/** Where a truncated file stops: just after its last character that is not whitespace. */
export function endOfContent(text: string): number {
  return text.trimEnd().length;
}
