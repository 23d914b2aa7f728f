/**
 * What site search looks through: per content type, the text that makes its title (ranked first) and the rest of
 * its text, read from a database row with its components, and the columns a result shows.
 */
export const SEARCH_TYPES = ['team', 'platform', 'person', 'news', 'publication', 'event'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

type Row = Record<string, unknown>;
type Text = string | null | undefined;

export interface SearchableType {
  type: SearchType;
  uid: string;
  /** Components to read with the row: their text is searched too. */
  populate: string[];
  title: (row: Row) => Text[];
  body: (row: Row) => Text[];
  /** Attributes a result shows: its title parts (joined by a space), a line of text under it, and a date. */
  show: { title: string[]; text?: string; date?: string };
}

const text = (value: unknown): Text => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);

/** The text of Strapi blocks (rich text), in reading order. */
export function blocksText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(blocksText);
  if (value === null || typeof value !== 'object') return [];
  const node = value as { text?: unknown; children?: unknown };
  return [...(typeof node.text === 'string' ? [node.text] : []), ...blocksText(node.children)];
}

/** The given fields of every component in a repeatable component list. */
const componentsText = (value: unknown, ...fields: string[]): Text[] =>
  Array.isArray(value) ? value.flatMap((item: Row) => fields.map((field) => text(item?.[field]))) : [];

export const SEARCHABLE_TYPES: readonly SearchableType[] = [
  {
    type: 'team',
    uid: 'api::team.team',
    populate: ['researchAxes', 'keywords'],
    title: (row) => [text(row.name)],
    body: (row) => [
      text(row.summary),
      ...componentsText(row.keywords, 'text'),
      ...componentsText(row.researchAxes, 'text'),
      ...blocksText(row.objectives),
    ],
    show: { title: ['name'], text: 'summary' },
  },
  {
    type: 'platform',
    uid: 'api::platform.platform',
    populate: ['services', 'equipment', 'certifications'],
    title: (row) => [text(row.name)],
    body: (row) => [
      text(row.summary),
      ...componentsText(row.services, 'text'),
      ...componentsText(row.equipment, 'name', 'description'),
      ...componentsText(row.certifications, 'text'),
      ...blocksText(row.mission),
      ...blocksText(row.howItWorks),
    ],
    show: { title: ['name'], text: 'summary' },
  },
  {
    type: 'person',
    uid: 'api::person.person',
    populate: [],
    title: (row) => [text(row.firstName), text(row.lastName)],
    body: (row) => [text(row.position), ...blocksText(row.bio)],
    show: { title: ['firstName', 'lastName'], text: 'position' },
  },
  {
    type: 'news',
    uid: 'api::news-article.news-article',
    populate: [],
    title: (row) => [text(row.title)],
    body: (row) => [text(row.summary), ...blocksText(row.body)],
    show: { title: ['title'], text: 'summary', date: 'date' },
  },
  {
    type: 'publication',
    uid: 'api::publication.publication',
    populate: ['authors'],
    title: (row) => [text(row.title)],
    body: (row) => [...componentsText(row.authors, 'name'), text(row.journal), text(row.year), text(row.doi), text(row.abstract)],
    show: { title: ['title'], text: 'journal', date: 'year' },
  },
  {
    type: 'event',
    uid: 'api::event.event',
    populate: [],
    title: (row) => [text(row.title)],
    body: (row) => [text(row.speaker), text(row.speakerAffiliation), text(row.location), ...blocksText(row.abstract)],
    show: { title: ['title'], text: 'speaker', date: 'start' },
  },
];

export const searchableType = (uid: string): SearchableType | undefined => SEARCHABLE_TYPES.find((entry) => entry.uid === uid);
