import type { PersonSummary } from '@/lib/cms/reshape/person';
import type { Locale } from '@/lib/i18n/locales';
import { PersonCard } from './PersonCard';

/** `narrow` for a page's main column beside a side column: two cards a row at most. */
export function PeopleList({ locale, people, narrow = false }: { locale: Locale; people: PersonSummary[]; narrow?: boolean }) {
  return (
    <ul className={`grid gap-4 sm:grid-cols-2 ${narrow ? '' : 'lg:grid-cols-3'}`}>
      {people.map((person) => (
        <li key={person.slug}>
          <PersonCard locale={locale} person={person} />
        </li>
      ))}
    </ul>
  );
}
