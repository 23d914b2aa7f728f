import Link from 'next/link';
import { Section } from '@/components/ui/Section';
import type { JobOfferSummary } from '@/lib/cms/reshape/job-offer';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { JobOfferList } from './JobOfferList';

/** A team's or platform's open offers, on its page; nothing when it is not hiring. */
export function OpenPositions({ locale, offers }: { locale: Locale; offers: JobOfferSummary[] }) {
  if (offers.length === 0) return null;
  const dictionary = getDictionary(locale);
  return (
    <Section id="open-positions" title={dictionary.jobs.openPositions} action={<Link href={paths.jobs(locale)}>{dictionary.jobs.allOffers}</Link>}>
      <JobOfferList locale={locale} offers={offers} headingLevel={3} showUnit={false} />
    </Section>
  );
}
