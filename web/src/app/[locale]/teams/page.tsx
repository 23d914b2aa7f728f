import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { TeamCard } from '@/components/team/TeamCard';
import { FilterForm, SelectField, TextField } from '@/components/ui/FilterForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { getTeamsPage } from '@/lib/cms/teams';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readPage, readSlug, readText, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readQuery(searchParams: Promise<SearchParams>) {
  const query = await searchParams;
  return { filters: { department: readSlug(query, 'department'), keyword: readText(query, 'q') }, page: readPage(query) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { filters, page } = await readQuery(searchParams);
  const { chrome } = await getTeamsPage(locale, filters, page);
  return pageMetadata({ locale, path: paths.teams(locale), title: dictionary.teams.title, description: dictionary.teams.intro, chrome });
}

export default async function TeamsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { filters, page } = await readQuery(searchParams);
  const data = await getTeamsPage(locale, filters, page);
  const { chrome, departments, groups } = data;
  const query = { department: filters.department, q: filters.keyword };
  const path = withQuery(paths.teams(locale), { ...query, page: page > 1 ? page : undefined });

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <PageHeader title={dictionary.teams.title} intro={dictionary.teams.intro}>
        <FilterForm action={paths.teams(locale)} submitLabel={dictionary.teams.apply} resetLabel={dictionary.teams.reset}>
          <SelectField
            name="department"
            label={dictionary.teams.filterDepartment}
            value={filters.department}
            anyLabel={dictionary.teams.allDepartments}
            options={departments.map((department) => ({ value: department.slug, label: department.name }))}
          />
          <TextField name="q" label={dictionary.teams.filterKeyword} value={filters.keyword} placeholder={dictionary.teams.keywordPlaceholder} />
        </FilterForm>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <p className="mb-8 text-muted" role="status">
          {dictionary.teams.results(data.total)}
        </p>
        {groups.map((group) => (
          <section key={group.department?.slug ?? 'other'} aria-labelledby={`department-${group.department?.slug ?? 'other'}`} className="mb-12">
            <h2 id={`department-${group.department?.slug ?? 'other'}`} className="text-2xl">
              {group.department?.name ?? dictionary.teams.title}
            </h2>
            {group.department?.description ? <p className="mt-2 max-w-3xl text-muted">{group.department.description}</p> : null}
            <ul className="mt-5 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
              {group.teams.map((team) => (
                <li key={team.slug}>
                  <TeamCard locale={locale} team={team} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        <Pagination path={paths.teams(locale)} query={query} page={data.page} pageCount={data.pageCount} dictionary={dictionary} />
      </div>
    </SiteShell>
  );
}
