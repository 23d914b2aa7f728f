const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l' };

/** Lowercase ASCII words joined by dashes: "Intégrité du Génome" -> "integrite-du-genome". */
export function slugify(text: string): string {
  return text
    .replace(/[œŒæÆßøØłŁ]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
