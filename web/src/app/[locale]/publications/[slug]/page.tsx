import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { AuthorList } from '@/components/publication/AuthorList';
import { OpenAccessBadge } from '@/components/publication/CitationItem';
import { JsonLd } from '@/components/seo/JsonLd';
import { AsideBlock, DetailLayout } from '@/components/ui/DetailLayout';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getPublicationPage } from '@/lib/cms/publications';
import { excerpt } from '@/lib/cms/reshape/common';
import { doiUrl, halUrl, pubmedUrl } from '@/lib/cms/reshape/publication';
import { formatDate, getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { scholarlyArticleJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('publications');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getPublicationPage(locale, slug);
  if (!page.publication) notFound();
  return { locale, ...page, publication: page.publication };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, publication } = await load(params);
  const byline = publication.authors.map((author) => author.name).slice(0, 3).join(', ');
  return {
    ...pageMetadata({
      locale,
      path: paths.publication(locale, publication.slug),
      title: publication.title,
      description: excerpt(publication.abstract) || [byline, publication.journal, publication.year].filter(Boolean).join(' · '),
      chrome,
      type: 'article',
    }),
    // Highwire Press tags: what Google Scholar indexes and what reference managers' browser buttons (Zotero) save.
    other: {
      citation_title: publication.title,
      citation_author: publication.authors.map((author) => author.name),
      citation_publication_date: (publication.date ?? String(publication.year)).replace(/-/g, '/'),
      ...(publication.journal ? { citation_journal_title: publication.journal } : {}),
      ...(publication.doi ? { citation_doi: publication.doi } : {}),
      ...(publication.pmid ? { citation_pmid: publication.pmid } : {}),
    },
  };
}

function Identifier({ label, href, children }: { label: string; href: string; children: ReactNode }) {
  return (
    <li>
      <span className="text-muted">{label} </span>
      <a href={href} rel="noopener noreferrer" className="break-all">
        {children}
      </a>
    </li>
  );
}

export default async function PublicationPage({ params }: Props) {
  const { locale, chrome, publication } = await load(params);
  const dictionary = getDictionary(locale);
  const text = dictionary.publications;
  const path = paths.publication(locale, publication.slug);
  const hasIdentifiers = Boolean(publication.doi || publication.pmid || publication.halId || publication.url);

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.publications, path: paths.publications(locale) },
          { name: excerpt(publication.title, 80), path },
        ]}
      />
      <header className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <p className="mb-2 text-sm font-semibold tracking-wide text-accent-600 uppercase">
            <Link href={withQuery(paths.publications(locale), { type: publication.type })} className="text-accent-600">
              {dictionary.publicationTypes[publication.type]}
            </Link>
            {' · '}
            <Link href={withQuery(paths.publications(locale), { year: publication.year })} className="text-accent-600">
              {publication.year}
            </Link>
          </p>
          <h1 className="max-w-4xl text-2xl leading-tight sm:text-3xl">{publication.title}</h1>
          {publication.authors.length > 0 || publication.moreAuthors ? (
            <p className="mt-4 max-w-4xl" data-authors>
              <AuthorList locale={locale} authors={publication.authors} moreAuthors={publication.moreAuthors} />
            </p>
          ) : null}
          <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
            {publication.journal ? <i>{publication.journal}</i> : null}
            {publication.date ? <time dateTime={publication.date}>{formatDate(locale, publication.date)}</time> : <span>{publication.year}</span>}
            {publication.openAccess ? <OpenAccessBadge locale={locale} /> : null}
          </p>
        </div>
      </header>
      <DetailLayout
        aside={
          <>
            <AsideBlock title={text.cite}>
              <ul className="flex flex-wrap gap-2">
                <li>
                  <a
                    href={paths.publicationExport(locale, publication.slug, 'bib')}
                    type="application/x-bibtex"
                    download
                    className="block rounded border border-line bg-white px-3 py-1.5 text-sm no-underline hover:border-brand-600"
                  >
                    {text.bibtex}
                  </a>
                </li>
                <li>
                  <a
                    href={paths.publicationExport(locale, publication.slug, 'ris')}
                    type="application/x-research-info-systems"
                    download
                    className="block rounded border border-line bg-white px-3 py-1.5 text-sm no-underline hover:border-brand-600"
                  >
                    {text.ris}
                  </a>
                </li>
              </ul>
            </AsideBlock>
            {hasIdentifiers ? (
              <AsideBlock title={text.identifiers}>
                <ul className="space-y-1 text-sm">
                  {publication.doi ? (
                    <Identifier label="DOI" href={doiUrl(publication.doi)}>
                      {publication.doi}
                    </Identifier>
                  ) : null}
                  {publication.pmid ? (
                    <Identifier label="PMID" href={pubmedUrl(publication.pmid)}>
                      {publication.pmid}
                    </Identifier>
                  ) : null}
                  {publication.halId ? (
                    <Identifier label="HAL" href={halUrl(publication.halId)}>
                      {publication.halId}
                    </Identifier>
                  ) : null}
                  {publication.url ? (
                    <li>
                      <a href={publication.url} rel="noopener noreferrer">
                        {text.source}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </AsideBlock>
            ) : null}
            {publication.teams.length > 0 ? (
              <AsideBlock title={text.teams}>
                <ul className="space-y-1">
                  {publication.teams.map((team) => (
                    <li key={team.slug}>
                      <Link href={paths.team(locale, team.slug)}>{team.name}</Link>
                    </li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
            {publication.platforms.length > 0 ? (
              <AsideBlock title={text.platforms}>
                <ul className="space-y-1">
                  {publication.platforms.map((platform) => (
                    <li key={platform.slug}>
                      <Link href={paths.platform(locale, platform.slug)}>{platform.name}</Link>
                    </li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
          </>
        }
      >
        {publication.abstract ? (
          <Section id="abstract" title={text.abstract}>
            <div className="rich-text">
              {publication.abstract.split(/\n\s*\n/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </Section>
        ) : null}
      </DetailLayout>
      <JsonLd
        data={scholarlyArticleJsonLd({
          title: publication.title,
          path,
          authors: publication.authors.map((author) => ({ name: author.name, path: author.person ? paths.person(locale, author.person.slug) : null })),
          journal: publication.journal,
          date: publication.date,
          year: publication.year,
          abstract: publication.abstract,
          doi: publication.doi,
          url: publication.url,
        })}
      />
    </SiteShell>
  );
}
