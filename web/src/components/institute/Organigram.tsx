import Link from 'next/link';
import type { OrganigramPage } from '@/lib/cms/institute';
import type { PersonName } from '@/lib/cms/reshape/person';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths, withQuery } from '@/lib/i18n/paths';
import { personDisplayName } from '../person/PersonName';

function People({ locale, people }: { locale: Locale; people: PersonName[] }) {
  return (
    <>
      {people.map((person, index) => (
        <span key={person.slug}>
          {index > 0 ? ', ' : null}
          <Link href={paths.person(locale, person.slug)}>{personDisplayName(locale, person)}</Link>
        </span>
      ))}
    </>
  );
}

/**
 * The organisation chart, drawn from the data as nested lists: readable by screen readers in order (management,
 * departments and their teams, the Core Tech and its platforms), laid out as a chart on screen.
 */
export function Organigram({ locale, data }: { locale: Locale; data: OrganigramPage }) {
  const dictionary = getDictionary(locale);
  const { institute, departments, platforms } = data;
  return (
    <div className="space-y-12">
      {institute ? (
        <section aria-labelledby="organigram-direction" className="text-center">
          <h2 id="organigram-direction" className="text-2xl">
            {dictionary.organigram.direction}
          </h2>
          {institute.director ? (
            <div className="mx-auto mt-5 max-w-sm rounded-lg border-2 border-brand-700 bg-white p-4">
              <p className="font-serif text-lg">
                <Link href={paths.person(locale, institute.director.slug)}>{personDisplayName(locale, institute.director)}</Link>
              </p>
              {institute.director.position ? <p className="text-sm text-muted">{institute.director.position}</p> : null}
            </div>
          ) : null}
          {institute.managementTeam.length > 0 ? (
            <>
              <div aria-hidden="true" className="mx-auto h-6 w-0.5 bg-brand-100" />
              <h3 className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{dictionary.organigram.managementTeam}</h3>
              <ul className="mt-3 flex flex-wrap justify-center gap-3">
                {institute.managementTeam.map((member) => (
                  <li key={member.slug} className="rounded-lg border border-line bg-white px-4 py-3">
                    <Link href={paths.person(locale, member.slug)}>{personDisplayName(locale, member)}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="organigram-departments">
        <h2 id="organigram-departments" className="text-center text-2xl">
          {dictionary.organigram.departments}
        </h2>
        <ul className="mt-6 grid gap-6 md:grid-cols-2 xl:grid-cols-4">
          {departments.map((department) => (
            <li key={department.slug} className="rounded-lg border border-line bg-white">
              <div className="rounded-t-lg bg-brand-800 p-4 text-white">
                <h3 className="font-serif text-lg text-white">
                  <Link href={withQuery(paths.teams(locale), { department: department.slug })} className="text-white hover:text-brand-100">
                    {department.name}
                  </Link>
                </h3>
                {department.heads.length > 0 ? (
                  <p className="mt-1 text-sm text-brand-100">
                    {department.heads.length > 1 ? dictionary.organigram.heads : dictionary.organigram.head}
                    {dictionary.colon}
                    {department.heads.map((head) => personDisplayName(locale, head)).join(', ')}
                  </p>
                ) : null}
              </div>
              <ul className="divide-y divide-line" aria-label={`${dictionary.organigram.teams} – ${department.name}`}>
                {department.teams.map((team) => (
                  <li key={team.slug} className="p-3 text-sm">
                    <Link href={paths.team(locale, team.slug)} className="font-medium">
                      {team.name}
                    </Link>
                    {team.leaders.length > 0 ? (
                      <p className="text-muted">
                        {team.leaders.length > 1 ? dictionary.organigram.leaders : dictionary.organigram.leader}
                        {dictionary.colon}
                        <People locale={locale} people={team.leaders} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="organigram-core-tech">
        <h2 id="organigram-core-tech" className="text-center text-2xl">
          {dictionary.organigram.coreTech}
        </h2>
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {platforms.map((platform) => (
            <li key={platform.slug} className="rounded-lg border border-line bg-white p-3 text-sm">
              <Link href={paths.platform(locale, platform.slug)} className="font-medium">
                {platform.name}
              </Link>
              {platform.coordinators.length > 0 ? (
                <p className="text-muted">
                  {dictionary.organigram.coordinator}
                  {dictionary.colon}
                  <People locale={locale} people={platform.coordinators} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
