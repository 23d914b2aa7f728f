import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteShell } from '@/components/layout/SiteShell';
import { NewsGrid } from '@/components/news/NewsGrid';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { getNewsPage } from '@/lib/cms/news';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readPage, readSlug, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readQuery(searchParams: Promise<SearchParams>) {
  const query = await searchParams;
  return { category: readSlug(query, 'category'), page: readPage(query) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { category, page } = await readQuery(searchParams);
  const { chrome } = await getNewsPage(locale, category, page);
  return pageMetadata({ locale, path: paths.news(locale), title: dictionary.news.title, description: dictionary.news.intro, chrome });
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { category, page } = await readQuery(searchParams);
  const data = await getNewsPage(locale, category, page);
  const tabs = [{ slug: undefined, name: dictionary.news.allCategories }, ...data.categories];

  return (
    <SiteShell locale={locale} chrome={data.chrome} path={withQuery(paths.news(locale), { category, page: page > 1 ? page : undefined })}>
      <PageHeader title={dictionary.news.title} intro={dictionary.news.intro}>
        <nav aria-label={dictionary.news.category} className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {tabs.map((tab) => (
              <li key={tab.slug ?? 'all'}>
                <Link
                  href={withQuery(paths.news(locale), { category: tab.slug })}
                  aria-current={tab.slug === category ? 'page' : undefined}
                  className="block rounded-full border border-line bg-white px-4 py-1.5 text-sm no-underline hover:border-brand-600 aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white"
                >
                  {tab.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {data.articles.length > 0 ? <NewsGrid locale={locale} articles={data.articles} headingLevel={2} /> : <p>{dictionary.news.none}</p>}
        <Pagination path={paths.news(locale)} query={{ category }} page={data.page} pageCount={data.pageCount} dictionary={dictionary} />
        <p className="mt-10 text-sm">
          {/* A plain link: a feed is a file for feed readers, not a page to prefetch. */}
          <a href={paths.newsFeed(locale)} type="application/atom+xml">
            {dictionary.news.feed}
          </a>
        </p>
      </div>
    </SiteShell>
  );
}
