import type { Metadata } from 'next';
import { JobOfferList } from '@/components/job/JobOfferList';
import { SpontaneousApplication } from '@/components/job/SpontaneousApplication';
import { SiteShell } from '@/components/layout/SiteShell';
import { FilterForm, SelectField } from '@/components/ui/FilterForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { getJobsPage } from '@/lib/cms/job-offers';
import { CONTRACT_TYPES, filterJobOffers, hiringUnits, type JobFilters } from '@/lib/cms/reshape/job-offer';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readChoice, readSlug, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readFilters(searchParams: Promise<SearchParams>): Promise<JobFilters> {
  const query = await searchParams;
  return { contract: readChoice(query, 'contract', CONTRACT_TYPES), team: readSlug(query, 'team'), platform: readSlug(query, 'platform') };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome } = await getJobsPage(locale);
  return pageMetadata({ locale, path: paths.jobs(locale), title: dictionary.jobs.title, description: dictionary.jobs.intro, chrome });
}

export default async function JobsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const filters = await readFilters(searchParams);
  const { chrome, offers } = await getJobsPage(locale);
  const shown = filterJobOffers(offers, filters);
  const units = hiringUnits(offers);

  return (
    <SiteShell locale={locale} chrome={chrome} path={withQuery(paths.jobs(locale), { ...filters })}>
      <PageHeader title={dictionary.jobs.title} intro={dictionary.jobs.intro}>
        {offers.length > 0 ? (
          <FilterForm action={paths.jobs(locale)} submitLabel={dictionary.jobs.apply} resetLabel={dictionary.jobs.reset}>
            <SelectField
              name="contract"
              label={dictionary.jobs.contract}
              value={filters.contract}
              anyLabel={dictionary.jobs.allContracts}
              options={CONTRACT_TYPES.map((type) => ({ value: type, label: dictionary.contractTypes[type] }))}
            />
            {units.teams.length > 0 ? (
              <SelectField
                name="team"
                label={dictionary.jobs.team}
                value={filters.team}
                anyLabel={dictionary.jobs.allTeams}
                options={units.teams.map((team) => ({ value: team.slug, label: team.name }))}
              />
            ) : null}
            {units.platforms.length > 0 ? (
              <SelectField
                name="platform"
                label={dictionary.jobs.platform}
                value={filters.platform}
                anyLabel={dictionary.jobs.allPlatforms}
                options={units.platforms.map((platform) => ({ value: platform.slug, label: platform.name }))}
              />
            ) : null}
          </FilterForm>
        ) : null}
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="max-w-4xl">
          {offers.length > 0 ? (
            <>
              <p className="mb-6 text-muted" role="status">
                {dictionary.jobs.results(shown.length)}
              </p>
              {shown.length > 0 ? <JobOfferList locale={locale} offers={shown} /> : null}
            </>
          ) : null}
          <SpontaneousApplication locale={locale} noneOpen={offers.length === 0} />
        </div>
      </div>
    </SiteShell>
  );
}
