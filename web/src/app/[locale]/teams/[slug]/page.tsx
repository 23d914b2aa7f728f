import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OpenPositions } from '@/components/job/OpenPositions';
import { EventListItem } from '@/components/event/EventListItem';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { NewsGrid } from '@/components/news/NewsGrid';
import { PeopleList } from '@/components/person/PeopleList';
import { LatestPublications } from '@/components/publication/LatestPublications';
import { RichText } from '@/components/rich-text/RichText';
import { CmsImage } from '@/components/ui/CmsImage';
import { AsideBlock, DetailLayout } from '@/components/ui/DetailLayout';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getTeamPage } from '@/lib/cms/teams';
import { siteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('teams');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getTeamPage(locale, slug);
  if (!page.team) notFound();
  return { locale, ...page, team: page.team };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, team } = await load(params);
  return pageMetadata({
    locale,
    path: paths.team(locale, team.slug),
    title: team.seo.title ?? team.name,
    description: team.seo.description ?? team.summary,
    chrome,
    image: team.seo.image ?? team.image,
    noIndex: team.seo.noIndex,
  });
}

export default async function TeamPage({ params }: Props) {
  const { locale, chrome, team, relatedNews, openPositions, upcomingEvents, publications } = await load(params);
  const dictionary = getDictionary(locale);
  const otherMembers = team.members.filter((member) => !team.leaders.some((leader) => leader.slug === member.slug));

  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.team(locale, team.slug)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.teams, path: paths.teams(locale) },
          { name: team.name, path: paths.team(locale, team.slug) },
        ]}
      />
      <PageHeader
        title={team.name}
        eyebrow={
          team.department ? (
            <Link href={withQuery(paths.teams(locale), { department: team.department.slug })} className="text-accent-600">
              {team.department.name}
            </Link>
          ) : null
        }
        intro={team.summary}
      />
      <DetailLayout
        aside={
          <>
            {team.image ? <CmsImage image={team.image} sizes="(min-width: 1024px) 18rem, 100vw" className="w-full rounded-lg" preload /> : null}
            {team.keywords.length > 0 ? (
              <AsideBlock title={dictionary.teams.keywords}>
                <ul className="flex flex-wrap gap-1.5">
                  {team.keywords.map((keyword) => (
                    <li key={keyword}>
                      <Link
                        href={withQuery(paths.teams(locale), { q: keyword })}
                        className="block rounded-full bg-accent-50 px-2.5 py-0.5 text-xs text-accent-600 no-underline hover:underline"
                      >
                        {keyword}
                      </Link>
                    </li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
            {team.contactEmail ? (
              <AsideBlock title={dictionary.teams.contact}>
                <p className="break-words">
                  <a href={`mailto:${team.contactEmail}`}>{team.contactEmail}</a>
                </p>
              </AsideBlock>
            ) : null}
          </>
        }
      >
        {team.objectives.length > 0 ? (
          <Section id="objectives" title={dictionary.teams.objectives}>
            <RichText content={team.objectives} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
        {team.researchAxes.length > 0 ? (
          <Section id="research-axes" title={dictionary.teams.researchAxes}>
            <ol className="list-decimal space-y-2 pl-6">
              {team.researchAxes.map((axis) => (
                <li key={axis}>{axis}</li>
              ))}
            </ol>
          </Section>
        ) : null}
        {team.leaderProfiles.length > 0 ? (
          <Section id="leaders" title={team.leaderProfiles.length > 1 ? dictionary.teams.leaders : dictionary.teams.leader}>
            <PeopleList narrow locale={locale} people={team.leaderProfiles} />
          </Section>
        ) : null}
        {otherMembers.length > 0 ? (
          <Section id="members" title={dictionary.teams.members}>
            <PeopleList narrow locale={locale} people={otherMembers} />
          </Section>
        ) : null}
        <LatestPublications
          id="team-publications"
          locale={locale}
          publications={publications}
          allHref={withQuery(paths.publications(locale), { team: team.slug })}
        />
        <OpenPositions locale={locale} offers={openPositions} />
        {upcomingEvents.length > 0 ? (
          <Section id="team-events" title={dictionary.teams.upcomingEvents}>
            <ul className="space-y-4">
              {upcomingEvents.map((event) => (
                <li key={event.slug}>
                  <EventListItem locale={locale} event={event} headingLevel={3} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {relatedNews.length > 0 ? (
          <Section id="team-news" title={dictionary.teams.relatedNews}>
            <NewsGrid narrow locale={locale} articles={relatedNews} />
          </Section>
        ) : null}
      </DetailLayout>
    </SiteShell>
  );
}
