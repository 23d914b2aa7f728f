import { CmsImage } from '@/components/ui/CmsImage';
import Link from 'next/link';
import type { NewsSummary } from '@/lib/cms/reshape/news';
import { formatDate } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export function NewsCard({ locale, article, headingLevel = 3 }: { locale: Locale; article: NewsSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-line bg-white" data-news={article.slug}>
      {article.cover ? (
        <CmsImage image={article.cover} sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="aspect-[3/2] w-full object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col p-5">
        <p className="text-sm text-muted">
          <time dateTime={article.date}>{formatDate(locale, article.date)}</time>
          {article.category ? <span> · {article.category.name}</span> : null}
        </p>
        <Heading className="mt-2 text-xl leading-snug">
          <Link href={paths.newsArticle(locale, article.slug)} className="text-brand-900">
            {article.title}
          </Link>
        </Heading>
        {article.summary ? <p className="mt-3 text-[0.95rem]">{article.summary}</p> : null}
      </div>
    </article>
  );
}
