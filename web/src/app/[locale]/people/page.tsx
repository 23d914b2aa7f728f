import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { PersonCard } from '@/components/person/PersonCard';
import { FilterForm, SelectField, TextField } from '@/components/ui/FilterForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { MEMBER_STATUSES, POSITION_TYPES, type PeopleFilters } from '@/lib/cms/filters';
import { getPeoplePage } from '@/lib/cms/people';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readChoice, readPage, readSlug, readText, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readQuery(searchParams: Promise<SearchParams>): Promise<{ filters: PeopleFilters; page: number }> {
  const query = await searchParams;
  return {
    filters: {
      name: readText(query, 'q'),
      team: readSlug(query, 'team'),
      position: readChoice(query, 'position', POSITION_TYPES),
      status: readChoice(query, 'status', [...MEMBER_STATUSES, 'all'] as const) ?? 'current',
    },
    page: readPage(query),
  };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { filters, page } = await readQuery(searchParams);
  const { chrome } = await getPeoplePage(locale, filters, page);
  return pageMetadata({ locale, path: paths.people(locale), title: dictionary.people.title, description: dictionary.people.intro, chrome });
}

export default async function PeoplePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { filters, page } = await readQuery(searchParams);
  const data = await getPeoplePage(locale, filters, page);
  const query = {
    q: filters.name,
    team: filters.team,
    position: filters.position,
    status: filters.status === 'current' ? undefined : filters.status,
  };

  return (
    <SiteShell locale={locale} chrome={data.chrome} path={withQuery(paths.people(locale), { ...query, page: page > 1 ? page : undefined })}>
      <PageHeader title={dictionary.people.title} intro={dictionary.people.intro}>
        <FilterForm action={paths.people(locale)} submitLabel={dictionary.people.apply} resetLabel={dictionary.people.reset}>
          <TextField name="q" label={dictionary.people.search} value={filters.name} placeholder={dictionary.people.searchPlaceholder} />
          <SelectField
            name="team"
            label={dictionary.people.team}
            value={filters.team}
            anyLabel={dictionary.people.allTeams}
            options={data.teams.map((team) => ({ value: team.slug, label: team.name }))}
          />
          <SelectField
            name="position"
            label={dictionary.people.position}
            value={filters.position}
            anyLabel={dictionary.people.allPositions}
            options={POSITION_TYPES.map((type) => ({ value: type, label: dictionary.positionTypes[type] }))}
          />
          <SelectField
            name="status"
            label={dictionary.people.status}
            value={filters.status === 'current' ? undefined : filters.status}
            options={[
              { value: '', label: dictionary.memberStatus.current },
              { value: 'alumni', label: dictionary.memberStatus.alumni },
              { value: 'all', label: dictionary.memberStatus.all },
            ]}
          />
        </FilterForm>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <p className="mb-6 text-muted" role="status">
          {dictionary.people.results(data.total)}
        </p>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {data.people.map((person) => (
            <li key={person.slug}>
              <PersonCard locale={locale} person={person} teams={person.teams} />
            </li>
          ))}
        </ul>
        <Pagination path={paths.people(locale)} query={query} page={data.page} pageCount={data.pageCount} dictionary={dictionary} />
      </div>
    </SiteShell>
  );
}
