/**
 * An Atom 1.0 document (RFC 4287), written by hand: the format is small, and escaping is the one thing to get right.
 * Text comes from editors, so every value is escaped and stripped of characters XML 1.0 forbids.
 */
export interface AtomEntry {
  /** Absolute URL of the entry's page: its permanent id and its link. */
  url: string;
  title: string;
  /** ISO date or date-time. */
  published: string;
  updated: string;
  summary: string | null;
  category: string | null;
}

export interface AtomFeed {
  /** Absolute URL of the page the feed mirrors (its id and `alternate` link). */
  pageUrl: string;
  /** Absolute URL of the feed itself (`self`). */
  feedUrl: string;
  title: string;
  subtitle: string | null;
  /** BCP 47 language tag of the texts. */
  language: string;
  author: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, line feed, carriage return and most of Unicode; anything else would make the document invalid.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 date-time, as Atom requires: a bare date is taken as midnight UTC. */
export function atomDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: "${value}"`);
  return date.toISOString();
}

export function atomFeed(feed: AtomFeed): string {
  const element = (name: string, value: string, attributes = '') => `<${name}${attributes}>${escapeXml(value)}</${name}>`;
  const dates = feed.entries.map((entry) => atomDate(entry.updated));
  // Atom needs the feed's last change; with no entry, the epoch says "never" without inventing a date.
  const updated = dates.length > 0 ? dates.reduce((latest, date) => (date > latest ? date : latest)) : new Date(0).toISOString();
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${element('id', entry.url)}`,
      `    ${element('title', entry.title, ' type="text"')}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    ${element('published', atomDate(entry.published))}`,
      `    ${element('updated', atomDate(entry.updated))}`,
      entry.summary ? `    ${element('summary', entry.summary, ' type="text"')}` : null,
      entry.category ? `    <category term="${escapeXml(entry.category)}"/>` : null,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${element('id', feed.pageUrl)}`,
    `  ${element('title', feed.title, ' type="text"')}`,
    feed.subtitle ? `  ${element('subtitle', feed.subtitle, ' type="text"')}` : null,
    `  ${element('updated', updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author>${element('name', feed.author)}</author>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}
