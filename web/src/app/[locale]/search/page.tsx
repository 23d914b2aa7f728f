import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SiteShell } from '@/components/layout/SiteShell';
import { SearchHitList } from '@/components/search/SearchHitList';
import { FilterForm, SelectField, TextField } from '@/components/ui/FilterForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { getSearchPage, SEARCH_PAGE_SIZE } from '@/lib/cms/search';
import { SEARCH_TYPES, type SearchType } from '@/lib/cms/reshape/search';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readChoice, readPage, readText, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

/**
 * Site search results. Rendered per request (every query differs) and never indexed; its canonical URL is the bare
 * search page, whatever the query. Without a type: each type's count and first hits, with a link to the rest; with a
 * type: that type's hits, paginated.
 */
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

interface SearchRequest {
  query: string;
  type: SearchType | undefined;
  page: number;
}

async function readRequest(searchParams: Promise<SearchParams>): Promise<SearchRequest> {
  const params = await searchParams;
  return { query: readText(params, 'q') ?? '', type: readChoice(params, 'type', SEARCH_TYPES), page: readPage(params) };
}

const load = (locale: Locale, { query, type, page }: SearchRequest) => getSearchPage(locale, query, type, type ? page : 1);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const request = await readRequest(searchParams);
  const { chrome } = await load(locale, request);
  return pageMetadata({
    locale,
    path: paths.search(locale),
    title: request.query ? `${request.query} – ${dictionary.search.title}` : dictionary.search.title,
    description: dictionary.search.intro,
    chrome,
    noIndex: true,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const request = await readRequest(searchParams);
  const { query, type } = request;
  const { chrome, results } = await load(locale, request);
  const { words } = results;
  const group = type ? results.groups.find((candidate) => candidate.type === type) : undefined;
  const pageCount = group ? Math.ceil(group.total / SEARCH_PAGE_SIZE) : 0;
  const page = group ? request.page : 1;
  // A page past the last (an old link, a hand-made URL) leads to the last one.
  if (group && page > pageCount && pageCount > 0) redirect(withQuery(paths.search(locale), { q: query, type, page: pageCount > 1 ? pageCount : undefined }));

  let status: string;
  if (!query) status = dictionary.search.empty;
  else if (words.length === 0) status = dictionary.search.tooShort;
  else status = dictionary.search.results(group ? group.total : results.total, query);

  return (
    <SiteShell locale={locale} chrome={chrome} path={withQuery(paths.search(locale), { q: query, type, page: page > 1 ? page : undefined })}>
      <PageHeader title={dictionary.search.title} intro={dictionary.search.intro}>
        <FilterForm action={paths.search(locale)} submitLabel={dictionary.search.submit} resetLabel={dictionary.search.reset}>
          <TextField name="q" label={dictionary.search.field} value={query || undefined} placeholder={dictionary.search.placeholder} />
          <SelectField
            name="type"
            label={dictionary.search.type}
            value={type}
            anyLabel={dictionary.search.allTypes}
            options={SEARCH_TYPES.map((value) => ({ value, label: dictionary.search.types[value] }))}
          />
        </FilterForm>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="max-w-4xl">
        <p className="text-lg" role="status">
          {status}
        </p>
        {words.length > 0 && (group ? group.total : results.total) === 0 ? <p className="mt-2 text-muted">{dictionary.search.noResults}</p> : null}
        {type && group && group.total > 0 ? (
          <section aria-labelledby="search-type" className="mt-8">
            <h2 id="search-type" className="mb-4 text-2xl">
              {dictionary.search.types[type]} <span className="text-base font-normal text-muted">({dictionary.search.count(group.total)})</span>
            </h2>
            <SearchHitList locale={locale} hits={group.hits} words={words} />
            <Pagination path={paths.search(locale)} query={{ q: query, type }} page={page} pageCount={pageCount} dictionary={dictionary} />
          </section>
        ) : null}
        {type && words.length > 0 ? (
          <p className="mt-8">
            <Link href={withQuery(paths.search(locale), { q: query })}>{dictionary.search.backToAll(query)}</Link>
          </p>
        ) : null}
        {!type
          ? results.groups
              .filter((candidate) => candidate.total > 0)
              .map((candidate) => (
                <section key={candidate.type} aria-labelledby={`search-${candidate.type}`} className="mt-10">
                  <h2 id={`search-${candidate.type}`} className="mb-4 text-2xl">
                    {dictionary.search.types[candidate.type]}{' '}
                    <span className="text-base font-normal text-muted">({dictionary.search.count(candidate.total)})</span>
                  </h2>
                  <SearchHitList locale={locale} hits={candidate.hits} words={words} />
                  {candidate.total > candidate.hits.length ? (
                    <p className="mt-3">
                      <Link href={withQuery(paths.search(locale), { q: query, type: candidate.type })}>
                        {dictionary.search.more(candidate.total, dictionary.search.types[candidate.type])}
                      </Link>
                    </p>
                  ) : null}
                </section>
              ))
          : null}
        </div>
      </div>
    </SiteShell>
  );
}
