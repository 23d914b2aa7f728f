import type { Metadata } from 'next';
import { CmsImage } from '@/components/ui/CmsImage';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { personDisplayName } from '@/components/person/PersonName';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getNewsArticlePage } from '@/lib/cms/news';
import { siteConfig } from '@/lib/config';
import { formatDate, getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('news');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getNewsArticlePage(locale, slug);
  if (!page.article) notFound();
  return { locale, ...page, article: page.article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, article } = await load(params);
  return pageMetadata({
    locale,
    path: paths.newsArticle(locale, article.slug),
    title: article.seo.title ?? article.title,
    description: article.seo.description ?? article.summary,
    chrome,
    image: article.seo.image ?? article.cover,
    noIndex: article.seo.noIndex,
    type: 'article',
  });
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, chrome, article } = await load(params);
  const dictionary = getDictionary(locale);
  const path = paths.newsArticle(locale, article.slug);
  const hasRelations = article.teams.length + article.platforms.length + article.people.length > 0;

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.news, path: paths.news(locale) },
          { name: article.title, path },
        ]}
      />
      <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <header>
          <p className="text-sm text-muted">
            {dictionary.news.publishedOn} <time dateTime={article.date}>{formatDate(locale, article.date)}</time>
            {article.category ? (
              <>
                {' · '}
                <Link href={withQuery(paths.news(locale), { category: article.category.slug })}>{article.category.name}</Link>
              </>
            ) : null}
          </p>
          <h1 className="mt-3 text-3xl leading-tight sm:text-4xl">{article.title}</h1>
          {article.summary ? <p className="mt-4 text-lg text-muted">{article.summary}</p> : null}
        </header>
        {article.cover ? (
          <CmsImage image={article.cover} sizes="(min-width: 768px) 48rem, 100vw" className="mt-8 w-full rounded-lg" preload />
        ) : null}
        <RichText content={article.body} mediaOrigin={siteConfig.cmsMediaUrl} className="mt-8" />
        {hasRelations ? (
          <aside aria-labelledby="news-related" className="mt-12 rounded-lg border border-line bg-white p-5">
            <h2 id="news-related" className="text-xl">
              {dictionary.news.related}
            </h2>
            <ul className="mt-3 space-y-1">
              {article.teams.map((team) => (
                <li key={`team-${team.slug}`}>
                  {dictionary.nav.teams}
                  {dictionary.colon}
                  <Link href={paths.team(locale, team.slug)}>{team.name}</Link>
                </li>
              ))}
              {article.platforms.map((platform) => (
                <li key={`platform-${platform.slug}`}>
                  {dictionary.nav.platforms}
                  {dictionary.colon}
                  <Link href={paths.platform(locale, platform.slug)}>{platform.name}</Link>
                </li>
              ))}
              {article.people.map((person) => (
                <li key={`person-${person.slug}`}>
                  <Link href={paths.person(locale, person.slug)}>{personDisplayName(locale, person)}</Link>
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
      </article>
      <JsonLd
        data={newsArticleJsonLd({
          title: article.title,
          path,
          date: article.date,
          updatedAt: article.updatedAt,
          summary: article.summary,
          image: article.cover,
          publisher: chrome,
          homePath: paths.home(locale),
        })}
      />
    </SiteShell>
  );
}
