/**
 * Showing search hits: the words the CMS matched (normalised: lower case, no accents; see cms/src/search/normalise.ts,
 * whose folding this mirrors) found again in the original text, to cut an excerpt around the first one and mark them.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };

/** One character as search compares it ("É" -> "e", "œ" -> "oe", punctuation -> " "). */
function foldCharacter(character: string): string {
  const folded = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const spelled = [...folded].map((letter) => LIGATURES[letter] ?? letter).join('');
  return /^[\p{L}\p{N}%_]*$/u.test(spelled) ? spelled : ' ';
}

/**
 * The folded text, and for each of its characters where the original character it came from starts and ends, so that
 * a match in the folded text is a range of the original.
 */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const part = foldCharacter(character);
    folded += part;
    for (let i = 0; i < part.length; i += 1) {
      starts.push(index);
      ends.push(index + character.length);
    }
    index += character.length;
  }
  return { folded, starts, ends };
}

export interface Match {
  start: number;
  end: number;
}

/** Every occurrence of the words in the text, as ranges of the original text, in order, overlaps merged. */
export function findMatches(text: string, words: readonly string[]): Match[] {
  const { folded, starts, ends } = fold(text);
  const ranges: Match[] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      // A ligature half matched ("œ" for "o") is marked whole.
      ranges.push({ start: starts[at], end: ends[at + word.length - 1] });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Match[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** The text cut into plain and matched segments, for rendering matched ones in <mark>. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const { start, end } of findMatches(text, words)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}

/**
 * At most `length` characters of the text, around the first matched word when it lies beyond the start, cut at word
 * boundaries and marked with ellipses where cut.
 */
export function excerptAround(text: string, words: readonly string[], length = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const first = findMatches(clean, words)[0];
  let start = first && first.end > length - 20 ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space !== -1 && space < (first?.start ?? start) ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  return `${start > 0 ? '… ' : ''}${clean.slice(start, end).trim()}${end < clean.length ? ' …' : ''}`;
}
