import { isLocale, type Locale } from './locales';

/**
 * Every public path of the site, built in one place. Paths are the same in both locales but for their prefix (slugs
 * are shared by every language in the CMS), so switching language keeps the visitor on the same page.
 */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  presentation: (locale: Locale) => `/${locale}/presentation`,
  organigram: (locale: Locale) => `/${locale}/organigram`,
  teams: (locale: Locale) => `/${locale}/teams`,
  team: (locale: Locale, slug: string) => `/${locale}/teams/${encodeURIComponent(slug)}`,
  platforms: (locale: Locale) => `/${locale}/platforms`,
  platform: (locale: Locale, slug: string) => `/${locale}/platforms/${encodeURIComponent(slug)}`,
  people: (locale: Locale) => `/${locale}/people`,
  person: (locale: Locale, slug: string) => `/${locale}/people/${encodeURIComponent(slug)}`,
  news: (locale: Locale) => `/${locale}/news`,
  newsArticle: (locale: Locale, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`,
  newsFeed: (locale: Locale) => `/${locale}/news/feed.xml`,
  publications: (locale: Locale) => `/${locale}/publications`,
  publication: (locale: Locale, slug: string) => `/${locale}/publications/${encodeURIComponent(slug)}`,
  /** A publication as a BibTeX (bib) or RIS (ris) file. */
  publicationExport: (locale: Locale, slug: string, format: 'bib' | 'ris') => `/${locale}/publications/${encodeURIComponent(slug)}/cite.${format}`,
  /** The publications of a filtered listing as a file: add the listing's query string. */
  publicationsExport: (locale: Locale, format: 'bib' | 'ris') => `/${locale}/publications/cite.${format}`,
  events: (locale: Locale) => `/${locale}/events`,
  event: (locale: Locale, slug: string) => `/${locale}/events/${encodeURIComponent(slug)}`,
  eventsCalendar: (locale: Locale) => `/${locale}/events/calendar.ics`,
  eventCalendar: (locale: Locale, slug: string) => `/${locale}/events/${encodeURIComponent(slug)}/calendar.ics`,
  jobs: (locale: Locale) => `/${locale}/jobs`,
  job: (locale: Locale, slug: string) => `/${locale}/jobs/${encodeURIComponent(slug)}`,
  search: (locale: Locale) => `/${locale}/search`,
  contact: (locale: Locale) => `/${locale}/contact`,
  accessibility: (locale: Locale) => `/${locale}/accessibility`,
};

/** The same page in another locale: `/fr/teams/x?page=2` -> `/en/teams/x?page=2`. */
export function switchLocale(path: string, locale: Locale): string {
  return path.replace(/^\/[a-z]{2}(?=\/|\?|$)/, `/${locale}`);
}

/** A path with a query string made of the non-empty values given. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A path of this site (/fr/..., /en/...) from an untrusted value, or null: redirects built from it never leave the
 * website (no //host, no scheme, no backslashes).
 */
export function toSitePath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) return null;
  const url = new URL(value, 'http://site.invalid');
  if (url.origin !== 'http://site.invalid' || !isLocale(url.pathname.split('/')[1])) return null;
  return `${url.pathname}${url.search}`;
}
