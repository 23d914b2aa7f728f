import Link from 'next/link';
import { Section } from '@/components/ui/Section';
import type { LatestPublications as Latest } from '@/lib/cms/reshape/publication';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { CitationList } from './CitationItem';

/** A team's or a person's latest publications, with a link to all of them in the filtered listing. */
export function LatestPublications({ id, locale, publications, allHref }: { id: string; locale: Locale; publications: Latest; allHref: string }) {
  if (publications.items.length === 0) return null;
  const text = getDictionary(locale).publications;
  return (
    <Section id={id} title={text.title} action={<Link href={allHref}>{text.all(publications.total)}</Link>}>
      <CitationList locale={locale} citations={publications.items} headingLevel={3} />
    </Section>
  );
}
