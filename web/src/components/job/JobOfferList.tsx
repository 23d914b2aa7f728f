import Link from 'next/link';
import type { JobOfferSummary } from '@/lib/cms/reshape/job-offer';
import { formatDate, getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { JobOfferDeadline } from './JobOfferDeadline';

/**
 * Open offers, one row each: title, contract, who hires, start and deadline. On a team's or platform's own page the
 * hiring unit goes without saying (showUnit false).
 */
export function JobOfferList({
  locale,
  offers,
  headingLevel = 2,
  showUnit = true,
}: {
  locale: Locale;
  offers: JobOfferSummary[];
  headingLevel?: 2 | 3;
  showUnit?: boolean;
}) {
  const dictionary = getDictionary(locale);
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {offers.map((offer) => (
        <li key={offer.slug} className="p-5" data-job-offer={offer.slug}>
          <article>
            <p className="text-sm font-semibold text-accent-600">{dictionary.contractTypes[offer.contractType]}</p>
            <Heading className="mt-1 text-xl leading-snug">
              <Link href={paths.job(locale, offer.slug)} className="text-brand-900">
                {offer.title}
              </Link>
            </Heading>
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {showUnit && offer.unit ? (
                <>
                  <dt className="text-muted">{offer.unit.kind === 'team' ? dictionary.jobs.team : dictionary.jobs.platform}</dt>
                  <dd>
                    <Link href={offer.unit.kind === 'team' ? paths.team(locale, offer.unit.slug) : paths.platform(locale, offer.unit.slug)}>
                      {offer.unit.name}
                    </Link>
                  </dd>
                </>
              ) : null}
              {offer.startDate ? (
                <>
                  <dt className="text-muted">{dictionary.jobs.startDate}</dt>
                  <dd>
                    <time dateTime={offer.startDate}>{formatDate(locale, offer.startDate)}</time>
                  </dd>
                </>
              ) : null}
              <dt className="text-muted">{dictionary.jobs.deadline}</dt>
              <dd>
                <JobOfferDeadline locale={locale} deadline={offer.deadline} />
              </dd>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
