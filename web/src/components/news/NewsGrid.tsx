import type { NewsSummary } from '@/lib/cms/reshape/news';
import type { Locale } from '@/lib/i18n/locales';
import { NewsCard } from './NewsCard';

export function NewsGrid({ locale, articles, headingLevel }: { locale: Locale; articles: NewsSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <NewsCard locale={locale} article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
