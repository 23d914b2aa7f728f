import type { PersonSummary } from '@/lib/cms/reshape/person';
import type { Locale } from '@/lib/i18n/locales';
import { PersonCard } from './PersonCard';

export function PeopleList({ locale, people }: { locale: Locale; people: PersonSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {people.map((person) => (
        <li key={person.slug}>
          <PersonCard locale={locale} person={person} />
        </li>
      ))}
    </ul>
  );
}
