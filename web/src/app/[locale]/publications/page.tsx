import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteShell } from '@/components/layout/SiteShell';
import { personDisplayName } from '@/components/person/PersonName';
import { CitationList } from '@/components/publication/CitationItem';
import { FilterForm, SelectField, TextField } from '@/components/ui/FilterForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { EXPORT_LIMIT, getPublicationsPage } from '@/lib/cms/publications';
import { PUBLICATION_TYPES } from '@/lib/cms/reshape/publication';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { publicationQuery, readPublicationFilters } from '@/lib/listing/publication-filters';
import { readPage, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readQuery(searchParams: Promise<SearchParams>) {
  const query = await searchParams;
  return { filters: readPublicationFilters(query), page: readPage(query) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { filters, page } = await readQuery(searchParams);
  const { chrome } = await getPublicationsPage(locale, filters, page);
  return pageMetadata({
    locale,
    path: paths.publications(locale),
    title: dictionary.publications.title,
    description: dictionary.publications.intro,
    chrome,
  });
}

export default async function PublicationsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const text = dictionary.publications;
  const { filters, page } = await readQuery(searchParams);
  const data = await getPublicationsPage(locale, filters, page);
  const query = publicationQuery(filters);
  const listing = paths.publications(locale);
  // A year asked for outside the publications' range still shows as chosen (its listing is empty).
  const years = filters.year && !data.years.includes(filters.year) ? [...data.years, filters.year].sort((a, b) => b - a) : data.years;

  return (
    <SiteShell locale={locale} chrome={data.chrome} path={withQuery(listing, { ...query, page: page > 1 ? page : undefined })}>
      <PageHeader title={text.title} intro={text.intro}>
        <FilterForm action={listing} submitLabel={text.apply} resetLabel={text.reset}>
          <TextField name="q" label={text.search} value={filters.title} placeholder={text.searchPlaceholder} />
          <SelectField
            name="year"
            label={text.year}
            value={filters.year?.toString()}
            anyLabel={text.allYears}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <SelectField
            name="team"
            label={text.team}
            value={filters.team}
            anyLabel={text.allTeams}
            options={data.teams.map((team) => ({ value: team.slug, label: team.name }))}
          />
          <SelectField
            name="type"
            label={text.type}
            value={filters.type}
            anyLabel={text.allTypes}
            options={PUBLICATION_TYPES.map((type) => ({ value: type, label: dictionary.publicationTypes[type] }))}
          />
          {filters.author ? <input type="hidden" name="author" value={filters.author} /> : null}
        </FilterForm>
        {filters.author ? (
          <p className="mt-4 flex flex-wrap items-center gap-3 text-sm">
            <span className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-900">
              {text.author}
              {dictionary.colon}
              {data.author ? (
                <Link href={paths.person(locale, data.author.slug)}>{personDisplayName(locale, data.author)}</Link>
              ) : (
                text.unknownAuthor
              )}
            </span>
            <Link href={withQuery(listing, { ...query, author: undefined })}>{text.removeAuthor}</Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <p className="text-muted" role="status">
            {text.results(data.total)}
          </p>
          {data.total > 0 ? (
            <p className="text-sm">
              {text.exportResults}
              {dictionary.colon}
              <a href={withQuery(paths.publicationsExport(locale, 'bib'), query)} type="application/x-bibtex" download>
                {text.bibtex}
              </a>
              {' · '}
              <a href={withQuery(paths.publicationsExport(locale, 'ris'), query)} type="application/x-research-info-systems" download>
                {text.ris}
              </a>
              {data.total > EXPORT_LIMIT ? <span className="text-muted"> {text.exportLimit(EXPORT_LIMIT)}</span> : null}
            </p>
          ) : null}
        </div>
        <CitationList locale={locale} citations={data.publications} />
        <Pagination path={listing} query={query} page={data.page} pageCount={data.pageCount} dictionary={dictionary} />
      </div>
    </SiteShell>
  );
}
