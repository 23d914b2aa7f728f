import type { Metadata } from 'next';
import type { Image } from '../cms/reshape/common';
import type { SiteChrome } from '../cms/reshape/institute';
import { siteConfig } from '../config';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, otherLocales, type Locale } from '../i18n/locales';
import { getDictionary } from '../i18n/dictionaries';
import { paths, switchLocale } from '../i18n/paths';

export const absoluteUrl = (path: string): string => `${siteConfig.siteUrl}${path}`;

interface PageMetadataInput {
  locale: Locale;
  /** The page's path in this locale, e.g. /fr/teams/x. */
  path: string;
  title: string;
  description?: string | null;
  chrome: SiteChrome | null;
  image?: Image | null;
  noIndex?: boolean;
  type?: 'website' | 'article' | 'profile';
  /** An iCalendar feed the page offers (the events pages), announced next to the news feed. */
  calendar?: { path: string; title: string };
}

/**
 * Title, description, canonical URL, alternates in every language (hreflang, with French as x-default) and Open Graph
 * for a page.
 */
export function pageMetadata({ locale, path, title, description, chrome, image, noIndex, type = 'website', calendar }: PageMetadataInput): Metadata {
  const siteName = chrome ? `${chrome.acronym} – ${chrome.name}` : undefined;
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((target) => [target, absoluteUrl(switchLocale(path, target))]),
  );
  languages['x-default'] = absoluteUrl(switchLocale(path, DEFAULT_LOCALE));
  return {
    title: chrome && title !== chrome.acronym ? `${title} | ${chrome.acronym}` : title,
    description: description ?? undefined,
    // Every page points feed readers at the news feed of its language.
    alternates: {
      canonical: absoluteUrl(path),
      languages,
      types: {
        'application/atom+xml': [{ url: absoluteUrl(paths.newsFeed(locale)), title: getDictionary(locale).news.feed }],
        ...(calendar ? { 'text/calendar': [{ url: absoluteUrl(calendar.path), title: calendar.title }] } : {}),
      },
    },
    openGraph: {
      title,
      description: description ?? undefined,
      url: absoluteUrl(path),
      siteName,
      locale: LOCALE_TAGS[locale].openGraph,
      alternateLocale: otherLocales(locale).map((other) => LOCALE_TAGS[other].openGraph),
      type,
      images: image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
    robots: noIndex ? { index: false, follow: true } : undefined,
  };
}
