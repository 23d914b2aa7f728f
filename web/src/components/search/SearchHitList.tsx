import Link from 'next/link';
import type { SearchHit } from '@/lib/cms/reshape/search';
import { formatDate } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { Highlighted } from './Highlighted';

/** A news or event date as a day; a publication's year as is. */
const shownDate = (locale: Locale, date: string): string => (/^\d{4}$/.test(date) ? date : formatDate(locale, date));

export function SearchHitList({ locale, hits, words }: { locale: Locale; hits: SearchHit[]; words: readonly string[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {hits.map((hit) => (
        <li key={hit.href} className="px-4 py-4 sm:px-5">
          <h3 className="text-lg leading-snug">
            <Link href={hit.href}>
              <Highlighted text={hit.title} words={words} />
            </Link>
          </h3>
          {hit.date ? (
            <p className="mt-1 text-sm text-muted">
              <time dateTime={hit.date}>{shownDate(locale, hit.date)}</time>
            </p>
          ) : null}
          {hit.excerpt ? (
            <p className="mt-1 text-muted">
              <Highlighted text={hit.excerpt} words={words} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
