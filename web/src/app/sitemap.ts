import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { getPublishedSlugs } from '@/lib/cms/slugs';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { paths, switchLocale } from '@/lib/i18n/paths';
import { absoluteUrl } from '@/lib/seo/metadata';

const STATIC_PAGES = [
  paths.home,
  paths.presentation,
  paths.organigram,
  paths.teams,
  paths.platforms,
  paths.people,
  paths.publications,
  paths.news,
  paths.events,
  paths.jobs,
  paths.contact,
  paths.accessibility,
];

/**
 * Every page in both languages, each with its alternates. Rendered on request (its CMS queries are cached), so a build
 * without the CMS still succeeds.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const entry = (path: string, lastModified?: string | null): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    lastModified: lastModified ?? undefined,
    alternates: { languages: Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(switchLocale(path, locale))])) },
  });
  const perLocale = await Promise.all(
    LOCALES.map(async (locale: Locale) => {
      const slugs = await getPublishedSlugs(locale);
      return [
        ...STATIC_PAGES.map((page) => entry(page(locale))),
        ...slugs.teams.map((team) => entry(paths.team(locale, team.slug), team.updatedAt)),
        ...slugs.platforms.map((platform) => entry(paths.platform(locale, platform.slug), platform.updatedAt)),
        ...slugs.people.map((person) => entry(paths.person(locale, person.slug), person.updatedAt)),
        ...slugs.news.map((article) => entry(paths.newsArticle(locale, article.slug), article.updatedAt)),
        ...slugs.publications.map((publication) => entry(paths.publication(locale, publication.slug), publication.updatedAt)),
        ...slugs.jobs.map((offer) => entry(paths.job(locale, offer.slug), offer.updatedAt)),
        ...slugs.events.map((event) => entry(paths.event(locale, event.slug), event.updatedAt)),
      ];
    }),
  );
  return perLocale.flat();
}
