import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { NewsGrid } from '@/components/news/NewsGrid';
import { personDisplayName } from '@/components/person/PersonName';
import { LatestPublications } from '@/components/publication/LatestPublications';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { CmsImage } from '@/components/ui/CmsImage';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getPersonPage } from '@/lib/cms/people';
import { blocksToText, excerpt } from '@/lib/cms/reshape/common';
import type { Link as EntryLink } from '@/lib/cms/reshape/team';
import { siteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { personJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('people');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getPersonPage(locale, slug);
  if (!page.person) notFound();
  return { locale, ...page, person: page.person };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, person } = await load(params);
  return pageMetadata({
    locale,
    path: paths.person(locale, person.slug),
    title: person.seo.title ?? personDisplayName(locale, person),
    description: person.seo.description ?? (person.position || excerpt(blocksToText(person.bio))),
    chrome,
    image: person.seo.image ?? person.photo,
    noIndex: person.seo.noIndex,
    type: 'profile',
  });
}

function LinkList({ locale, title, entries, kind }: { locale: Locale; title: string; entries: EntryLink[]; kind: 'team' | 'platform' }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <dt className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{title}</dt>
      {entries.map((entry) => (
        <dd key={entry.slug} className="mt-1">
          <Link href={kind === 'team' ? paths.team(locale, entry.slug) : paths.platform(locale, entry.slug)}>{entry.name}</Link>
        </dd>
      ))}
    </div>
  );
}

export default async function PersonPage({ params }: Props) {
  const { locale, chrome, person, relatedNews, publications } = await load(params);
  const dictionary = getDictionary(locale);
  const name = personDisplayName(locale, person);
  const path = paths.person(locale, person.slug);

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.people, path: paths.people(locale) },
          { name, path },
        ]}
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="flex flex-col gap-8 sm:flex-row sm:items-start">
          {person.photo ? (
            <CmsImage image={person.photo} alt={name} sizes="12rem" className="h-48 w-48 shrink-0 rounded-lg object-cover" preload />
          ) : null}
          <div className="min-w-0">
            <h1 className="text-3xl sm:text-4xl">{name}</h1>
            {person.position ? <p className="mt-2 text-lg text-muted">{person.position}</p> : null}
            {person.memberStatus === 'alumni' ? (
              <p className="mt-2 inline-block rounded bg-stone-100 px-2 py-0.5 text-sm font-medium text-stone-700">{dictionary.people.alumniBadge}</p>
            ) : null}
            <dl className="mt-6 grid gap-5 sm:grid-cols-2">
              <LinkList locale={locale} title={dictionary.people.leads} entries={person.ledTeams} kind="team" />
              <LinkList locale={locale} title={dictionary.people.teams} entries={person.teams} kind="team" />
              <LinkList locale={locale} title={dictionary.people.coordinates} entries={person.coordinatedPlatforms} kind="platform" />
              <LinkList locale={locale} title={dictionary.people.platforms} entries={person.platforms} kind="platform" />
              {person.email ? (
                <div>
                  <dt className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{dictionary.people.email}</dt>
                  <dd className="mt-1 break-words">
                    <a href={`mailto:${person.email}`}>{person.email}</a>
                  </dd>
                </div>
              ) : null}
              {person.orcid ? (
                <div>
                  <dt className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{dictionary.people.orcid}</dt>
                  <dd className="mt-1">
                    <a href={`https://orcid.org/${person.orcid}`} rel="noopener noreferrer">
                      {person.orcid}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </div>
        </div>
        {person.bio.length > 0 ? (
          <Section id="biography" title={dictionary.people.biography}>
            <RichText content={person.bio} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
        <LatestPublications
          id="person-publications"
          locale={locale}
          publications={publications}
          allHref={withQuery(paths.publications(locale), { author: person.slug })}
        />
        {relatedNews.length > 0 ? (
          <Section id="person-news" title={dictionary.people.relatedNews}>
            <NewsGrid locale={locale} articles={relatedNews} />
          </Section>
        ) : null}
      </div>
      <JsonLd
        data={personJsonLd({
          name: `${person.firstName} ${person.lastName}`,
          path,
          jobTitle: person.position,
          email: person.email,
          orcid: person.orcid,
          image: person.photo,
          organization: chrome,
          homePath: paths.home(locale),
        })}
      />
    </SiteShell>
  );
}
