import Link from 'next/link';
import { doiUrl, type Citation } from '@/lib/cms/reshape/publication';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { AuthorList } from './AuthorList';

export function OpenAccessBadge({ locale }: { locale: Locale }) {
  return (
    <span className="inline-block rounded bg-emerald-50 px-2 py-0.5 font-sans text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">
      {getDictionary(locale).publications.openAccess}
    </span>
  );
}

/** A publication in a list, as a citation: title (to its page), authors, journal in italics, year, DOI. */
export function CitationItem({ locale, citation, headingLevel = 2 }: { locale: Locale; citation: Citation; headingLevel?: 2 | 3 }) {
  const dictionary = getDictionary(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="rounded-lg border border-line bg-white p-4 sm:p-5" data-publication={citation.slug}>
      <Heading className="font-sans text-base leading-snug font-semibold text-ink sm:text-lg">
        <Link href={paths.publication(locale, citation.slug)} className="text-brand-800 no-underline hover:underline">
          {citation.title}
        </Link>
      </Heading>
      {citation.authors.length > 0 || citation.moreAuthors ? (
        <p className="mt-1 text-sm">
          <AuthorList locale={locale} authors={citation.authors} moreAuthors={citation.moreAuthors} short />
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <span>
          {citation.journal ? (
            <>
              <i>{citation.journal}</i>,{' '}
            </>
          ) : null}
          {citation.year}
        </span>
        <span>{dictionary.publicationTypes[citation.type]}</span>
        {citation.doi ? (
          <a href={doiUrl(citation.doi)} rel="noopener noreferrer" className="break-all">
            doi:{citation.doi}
          </a>
        ) : null}
        {citation.openAccess ? <OpenAccessBadge locale={locale} /> : null}
      </p>
    </article>
  );
}

export function CitationList({ locale, citations, headingLevel }: { locale: Locale; citations: Citation[]; headingLevel?: 2 | 3 }) {
  return (
    <ol className="space-y-4">
      {citations.map((citation) => (
        <li key={citation.slug}>
          <CitationItem locale={locale} citation={citation} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
