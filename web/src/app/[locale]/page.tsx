import type { Metadata } from 'next';
import Link from 'next/link';
import { AffiliationLogos } from '@/components/institute/AffiliationLogos';
import { EventListItem } from '@/components/event/EventListItem';
import { KeyFiguresList } from '@/components/institute/KeyFiguresList';
import { SiteShell } from '@/components/layout/SiteShell';
import { NewsGrid } from '@/components/news/NewsGrid';
import { PlatformCard } from '@/components/platform/PlatformCard';
import { JsonLd } from '@/components/seo/JsonLd';
import { Section } from '@/components/ui/Section';
import { getHomePage } from '@/lib/cms/institute';
import { blocksToText, excerpt } from '@/lib/cms/reshape/common';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { researchOrganizationJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const { chrome, institute } = await getHomePage(locale);
  return pageMetadata({
    locale,
    path: paths.home(locale),
    title: institute?.seo.title ?? institute?.name ?? chrome?.name ?? '',
    description: institute?.seo.description ?? institute?.tagline,
    chrome,
    image: institute?.seo.image,
  });
}

export default async function HomePage({ params }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome, institute, figures, latestNews, upcomingEvents, departments, platforms } = await getHomePage(locale);
  const introduction = institute ? excerpt(blocksToText(institute.presentation), 420) : null;

  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.home(locale)}>
      <div className="border-b border-line bg-gradient-to-b from-brand-50 to-paper">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          {institute ? (
            <>
              <p className="text-sm font-semibold tracking-wide text-accent-600 uppercase">{institute.acronym}</p>
              <h1 className="mt-2 max-w-4xl text-4xl leading-tight sm:text-5xl">{institute.name}</h1>
              {institute.tagline ? <p className="mt-5 max-w-3xl font-serif text-xl text-brand-800 sm:text-2xl">{institute.tagline}</p> : null}
              {introduction ? <p className="mt-6 max-w-3xl text-lg text-muted">{introduction}</p> : null}
              <p className="mt-8">
                <Link
                  href={paths.presentation(locale)}
                  className="inline-block rounded bg-brand-800 px-5 py-3 font-medium text-white no-underline hover:bg-brand-900 hover:text-white"
                >
                  {dictionary.home.readPresentation}
                </Link>
              </p>
            </>
          ) : (
            <h1 className="text-4xl">{chrome?.name ?? dictionary.nav.home}</h1>
          )}
        </div>
      </div>

      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <Section id="key-figures" title={dictionary.figures.title}>
          <KeyFiguresList locale={locale} figures={figures} />
        </Section>

        {latestNews.length > 0 ? (
          <Section
            id="latest-news"
            title={dictionary.home.latestNews}
            action={<Link href={paths.news(locale)}>{dictionary.home.allNews}</Link>}
          >
            <NewsGrid locale={locale} articles={latestNews} />
          </Section>
        ) : null}

        {upcomingEvents.length > 0 ? (
          <Section
            id="upcoming-events"
            title={dictionary.home.upcomingEvents}
            action={<Link href={paths.events(locale)}>{dictionary.home.allEvents}</Link>}
          >
            <ul className="grid gap-4 lg:grid-cols-3">
              {upcomingEvents.map((event) => (
                <li key={event.slug}>
                  <EventListItem locale={locale} event={event} headingLevel={3} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {departments.length > 0 ? (
          <Section
            id="departments"
            title={dictionary.home.departments}
            action={<Link href={paths.teams(locale)}>{dictionary.home.allTeams}</Link>}
          >
            <ul className="grid gap-6 md:grid-cols-2">
              {departments.map((department) => (
                <li key={department.slug} className="rounded-lg border border-line bg-white p-5">
                  <h3 className="text-xl">
                    <Link href={withQuery(paths.teams(locale), { department: department.slug })} className="text-brand-900">
                      {department.name}
                    </Link>
                  </h3>
                  <ul className="mt-3 space-y-1.5 text-[0.95rem]">
                    {department.teams.map((team) => (
                      <li key={team.slug}>
                        <Link href={paths.team(locale, team.slug)}>{team.name}</Link>
                      </li>
                    ))}
                  </ul>
                  {department.moreTeams ? (
                    <p className="mt-3 text-[0.95rem] font-semibold">
                      <Link href={withQuery(paths.teams(locale), { department: department.slug })}>{dictionary.home.allDepartmentTeams}</Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {platforms.length > 0 ? (
          <Section
            id="platforms"
            title={dictionary.home.platforms}
            action={<Link href={paths.platforms(locale)}>{dictionary.home.allPlatforms}</Link>}
          >
            <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {platforms.map((platform) => (
                <li key={platform.slug}>
                  <PlatformCard locale={locale} platform={platform} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {institute && institute.affiliations.length > 0 ? (
          <Section id="affiliations" title={dictionary.home.affiliations}>
            <AffiliationLogos affiliations={institute.affiliations} unitCodeLabel={dictionary.presentation.unitCode} />
          </Section>
        ) : null}
      </div>
      {chrome ? <JsonLd data={researchOrganizationJsonLd(chrome, paths.home(locale), institute?.tagline ?? null)} /> : null}
    </SiteShell>
  );
}
