import Link from 'next/link';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/**
 * What a candidate can do besides answering an offer, and the empty state of the listing when nothing is open: a
 * spontaneous application through the institute's contact page.
 */
export function SpontaneousApplication({ locale, noneOpen }: { locale: Locale; noneOpen: boolean }) {
  const dictionary = getDictionary(locale);
  return (
    <div className={noneOpen ? 'rounded-lg border border-line bg-white p-6' : 'mt-10'}>
      {noneOpen ? (
        <p className="text-lg font-medium" role="status">
          {dictionary.jobs.noneOpen}
        </p>
      ) : null}
      <p className={noneOpen ? 'mt-3' : undefined}>
        {dictionary.jobs.spontaneousBefore}
        <Link href={paths.contact(locale)}>{dictionary.jobs.spontaneousLink}</Link>
        {dictionary.jobs.spontaneousAfter}
      </p>
    </div>
  );
}
