import { cmsGraphql } from './site';

export type Locale = 'fr' | 'en';
export const LOCALES: Locale[] = ['fr', 'en'];

export interface PageType {
  type: string;
  path: string;
  /** Text its main heading shows (from the CMS, or the site's own words). */
  heading: string;
  /** The schema.org type of its structured data, when it has some. */
  jsonLd?: string;
}

interface Samples {
  institute: { name: string };
  teams: Array<{ slug: string; name: string }>;
  platforms: Array<{ slug: string; name: string }>;
  people: Array<{ slug: string; firstName: string; lastName: string }>;
  newsArticles: Array<{ slug: string; title: string }>;
  publications: Array<{ slug: string; title: string }>;
  jobOffers: Array<{ slug: string; title: string }>;
  events: Array<{ slug: string; title: string }>;
}

const SAMPLES = `query Samples($locale: I18NLocaleCode) {
  institute(locale: $locale) { name }
  teams(locale: $locale, sort: "name:asc", pagination: { limit: 1 }) { slug name }
  platforms(locale: $locale, sort: "name:asc", pagination: { limit: 1 }) { slug name }
  people(locale: $locale, filters: { ledTeams: { slug: { notNull: true } } }, sort: "lastName:asc", pagination: { limit: 1 }) { slug firstName lastName }
  newsArticles(locale: $locale, sort: "date:desc", pagination: { limit: 1 }) { slug title }
  publications(locale: $locale, sort: ["year:desc", "date:desc"], pagination: { limit: 1 }) { slug title }
  jobOffers(locale: $locale, sort: "applicationDeadline:asc", pagination: { limit: 1 }) { slug title }
  events(locale: $locale, sort: "start:desc", pagination: { limit: 1 }) { slug title }
}`;

/** Every page type of the site in one locale, with a sample entry from the CMS for the detail pages. */
export async function pageTypes(locale: Locale): Promise<PageType[]> {
  const data = await cmsGraphql<Samples>(SAMPLES, { locale });
  const [team, platform, person, article, publication] = [data.teams[0], data.platforms[0], data.people[0], data.newsArticles[0], data.publications[0]];
  const [job, event] = [data.jobOffers[0], data.events[0]];
  const fr = locale === 'fr';
  return [
    { type: 'home', path: `/${locale}`, heading: data.institute.name, jsonLd: 'ResearchOrganization' },
    { type: 'presentation', path: `/${locale}/presentation`, heading: fr ? 'Présentation' : 'About', jsonLd: 'ResearchOrganization' },
    { type: 'organigram', path: `/${locale}/organigram`, heading: fr ? 'Organigramme' : 'Organisation chart' },
    { type: 'teams', path: `/${locale}/teams`, heading: fr ? 'Équipes de recherche' : 'Research teams' },
    { type: 'team', path: `/${locale}/teams/${team.slug}`, heading: team.name, jsonLd: 'BreadcrumbList' },
    { type: 'platforms', path: `/${locale}/platforms`, heading: fr ? 'Plateformes technologiques' : 'Technology platforms' },
    { type: 'platform', path: `/${locale}/platforms/${platform.slug}`, heading: platform.name, jsonLd: 'BreadcrumbList' },
    { type: 'people', path: `/${locale}/people`, heading: fr ? 'Annuaire' : 'People' },
    { type: 'person', path: `/${locale}/people/${person.slug}`, heading: `${person.firstName} ${person.lastName}`, jsonLd: 'Person' },
    { type: 'news', path: `/${locale}/news`, heading: fr ? 'Actualités' : 'News' },
    { type: 'news article', path: `/${locale}/news/${article.slug}`, heading: article.title, jsonLd: 'NewsArticle' },
    { type: 'publications', path: `/${locale}/publications`, heading: 'Publications' },
    { type: 'publication', path: `/${locale}/publications/${publication.slug}`, heading: publication.title, jsonLd: 'ScholarlyArticle' },
    { type: 'jobs', path: `/${locale}/jobs`, heading: fr ? 'Offres d’emploi' : 'Jobs' },
    { type: 'job offer', path: `/${locale}/jobs/${job.slug}`, heading: job.title, jsonLd: 'JobPosting' },
    { type: 'events', path: `/${locale}/events`, heading: fr ? 'Séminaires et événements' : 'Seminars and events' },
    { type: 'event', path: `/${locale}/events/${event.slug}`, heading: event.title, jsonLd: 'Event' },
    { type: 'search', path: `/${locale}/search`, heading: fr ? 'Recherche' : 'Search' },
    { type: 'contact', path: `/${locale}/contact`, heading: 'Contact' },
    { type: 'accessibility', path: `/${locale}/accessibility`, heading: fr ? 'Déclaration d’accessibilité' : 'Accessibility statement' },
  ];
}
