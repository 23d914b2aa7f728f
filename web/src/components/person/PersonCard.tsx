import Link from 'next/link';
import type { Link as EntryLink } from '@/lib/cms/reshape/team';
import type { PersonSummary } from '@/lib/cms/reshape/person';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { CmsImage } from '../ui/CmsImage';
import { personDisplayName } from './PersonName';

function initials(person: PersonSummary): string {
  return `${person.firstName.charAt(0)}${person.lastName.charAt(0)}`.toUpperCase();
}

export function PersonCard({ locale, person, teams }: { locale: Locale; person: PersonSummary; teams?: EntryLink[] }) {
  const dictionary = getDictionary(locale);
  return (
    <article className="flex h-full gap-4 rounded-lg border border-line bg-white p-4">
      {person.photo ? (
        <CmsImage image={person.photo} sizes="64px" className="h-16 w-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-brand-100 font-serif text-lg text-brand-800"
        >
          {initials(person)}
        </span>
      )}
      <div className="min-w-0">
        <h3 className="font-sans text-base font-semibold">
          <Link href={paths.person(locale, person.slug)}>{personDisplayName(locale, person)}</Link>
        </h3>
        {person.position ? <p className="text-sm text-muted">{person.position}</p> : null}
        {person.memberStatus === 'alumni' ? (
          <p className="mt-1 inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">
            {dictionary.people.alumniBadge}
          </p>
        ) : null}
        {teams && teams.length > 0 ? (
          <p className="mt-1 text-sm">
            {teams.map((team, index) => (
              <span key={team.slug}>
                {index > 0 ? ', ' : null}
                <Link href={paths.team(locale, team.slug)}>{team.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </article>
  );
}
