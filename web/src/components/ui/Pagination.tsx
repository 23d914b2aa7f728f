import Link from 'next/link';
import { withQuery } from '@/lib/i18n/paths';
import type { Dictionary } from '@/lib/i18n/dictionaries';

interface PaginationProps {
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  dictionary: Dictionary;
}

export function Pagination({ path, query, page, pageCount, dictionary }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (target: number) => withQuery(path, { ...query, page: target > 1 ? target : undefined });
  const linkClass = 'rounded border border-line bg-white px-4 py-2 no-underline hover:border-brand-600';
  return (
    <nav aria-label={dictionary.pagination.label} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={linkClass} href={href(page - 1)} rel="prev">
          ← {dictionary.pagination.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted" aria-current="page">
        {dictionary.pagination.page(page, pageCount)}
      </p>
      {page < pageCount ? (
        <Link className={linkClass} href={href(page + 1)} rel="next">
          {dictionary.pagination.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
