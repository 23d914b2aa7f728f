import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { shortenAuthors, type Author } from '@/lib/cms/reshape/publication';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

interface AuthorListProps {
  locale: Locale;
  authors: Author[];
  /** The source cut the list: it ends with "et al.". */
  moreAuthors: boolean;
  /** In listings: the first authors, "…" for those left out, and the last author. */
  short?: boolean;
}

/** A publication's authors as it names them, each linked to their page when they are in the directory. */
export function AuthorList({ locale, authors, moreAuthors, short = false }: AuthorListProps) {
  const dictionary = getDictionary(locale);
  const { first, omitted, last } = short ? shortenAuthors(authors) : { first: authors, omitted: 0, last: null };
  const name = (author: Author, key: string): ReactNode =>
    author.person ? (
      <Link key={key} href={paths.person(locale, author.person.slug)}>
        {author.name}
      </Link>
    ) : (
      <span key={key}>{author.name}</span>
    );
  const parts = first.map((author, index) => name(author, `author-${index}`));
  if (last && omitted > 0) {
    parts.push(
      <span key="omitted" title={dictionary.publications.moreAuthors(omitted)}>
        <span aria-hidden="true">…</span>
        <span className="sr-only">{dictionary.publications.moreAuthors(omitted)}</span>
      </span>,
      name(last, 'author-last'),
    );
  }
  if (moreAuthors) parts.push(<em key="et-al">{dictionary.publications.etAl}</em>);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ', ' : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
