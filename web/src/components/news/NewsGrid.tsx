import type { NewsSummary } from '@/lib/cms/reshape/news';
import type { Locale } from '@/lib/i18n/locales';
import { NewsCard } from './NewsCard';

interface NewsGridProps {
  locale: Locale;
  articles: NewsSummary[];
  headingLevel?: 2 | 3;
  /** For a page's main column beside a side column: two cards a row at most. */
  narrow?: boolean;
}

export function NewsGrid({ locale, articles, headingLevel, narrow = false }: NewsGridProps) {
  return (
    <ul className={`grid gap-6 sm:grid-cols-2 ${narrow ? '' : 'lg:grid-cols-3'}`}>
      {articles.map((article) => (
        <li key={article.slug}>
          <NewsCard locale={locale} article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
