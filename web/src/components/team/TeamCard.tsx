import Link from 'next/link';
import type { TeamSummary } from '@/lib/cms/reshape/team';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { personDisplayName } from '../person/PersonName';

export function TeamCard({ locale, team }: { locale: Locale; team: TeamSummary }) {
  const dictionary = getDictionary(locale);
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-white p-5" data-team={team.slug}>
      <h3 className="text-xl leading-snug">
        <Link href={paths.team(locale, team.slug)} className="text-brand-900">
          {team.name}
        </Link>
      </h3>
      {team.leaders.length > 0 ? (
        <p className="mt-1 text-sm text-muted">
          {team.leaders.length > 1 ? dictionary.teams.leaders : dictionary.teams.leader}
          {dictionary.colon}
          {team.leaders.map((leader) => personDisplayName(locale, leader)).join(', ')}
        </p>
      ) : null}
      {team.summary ? <p className="mt-3 text-[0.95rem]">{team.summary}</p> : null}
      {team.keywords.length > 0 ? (
        <ul className="mt-auto flex flex-wrap gap-1.5 pt-4" aria-label={dictionary.teams.keywords}>
          {team.keywords.map((keyword) => (
            <li key={keyword} className="rounded-full bg-accent-50 px-2.5 py-0.5 text-xs text-accent-600">
              {keyword}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
