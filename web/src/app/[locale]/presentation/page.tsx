import type { Metadata } from 'next';
import { AffiliationLogos } from '@/components/institute/AffiliationLogos';
import { HistoryTimeline } from '@/components/institute/HistoryTimeline';
import { KeyFiguresList } from '@/components/institute/KeyFiguresList';
import { SiteShell } from '@/components/layout/SiteShell';
import { PersonCard } from '@/components/person/PersonCard';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { getPresentationPage } from '@/lib/cms/institute';
import { blocksToText, excerpt } from '@/lib/cms/reshape/common';
import { siteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { researchOrganizationJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const { chrome, institute } = await getPresentationPage(locale);
  return pageMetadata({
    locale,
    path: paths.presentation(locale),
    title: getDictionary(locale).presentation.title,
    description: institute ? excerpt(blocksToText(institute.presentation)) : null,
    chrome,
  });
}

export default async function PresentationPage({ params }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome, institute, figures } = await getPresentationPage(locale);

  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.presentation(locale)}>
      <PageHeader title={dictionary.presentation.title} eyebrow={institute?.name} intro={institute?.tagline} />
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        {institute ? (
          <>
            <RichText content={institute.presentation} mediaOrigin={siteConfig.cmsMediaUrl} />
            <Section id="key-figures" title={dictionary.figures.title}>
              <KeyFiguresList locale={locale} figures={figures} />
            </Section>
            {institute.affiliations.length > 0 ? (
              <Section id="affiliations" title={dictionary.presentation.affiliations}>
                <AffiliationLogos affiliations={institute.affiliations} unitCodeLabel={dictionary.presentation.unitCode} />
              </Section>
            ) : null}
            {institute.director || institute.managementTeam.length > 0 ? (
              <Section id="direction" title={dictionary.presentation.direction}>
                {institute.director ? (
                  <div className="max-w-md">
                    <h3 className="mb-3 font-sans text-sm font-semibold tracking-wide text-muted uppercase">{dictionary.presentation.director}</h3>
                    <PersonCard locale={locale} person={institute.director} />
                  </div>
                ) : null}
                {institute.managementTeam.length > 0 ? (
                  <>
                    <h3 className="mt-8 mb-3 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
                      {dictionary.presentation.managementTeam}
                    </h3>
                    <ul className="grid gap-4 md:grid-cols-2">
                      {institute.managementTeam.map((member) => (
                        <li key={member.person.slug}>
                          <PersonCard locale={locale} person={member.person} />
                          {member.responsibilities.length > 0 ? (
                            <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-muted">
                              {member.responsibilities.map((responsibility) => (
                                <li key={responsibility}>{responsibility}</li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </Section>
            ) : null}
            {institute.history.length > 0 ? (
              <Section id="history" title={dictionary.presentation.history}>
                <HistoryTimeline events={institute.history} />
              </Section>
            ) : null}
          </>
        ) : null}
      </div>
      {chrome ? (
        <JsonLd data={researchOrganizationJsonLd(chrome, paths.home(locale), institute ? excerpt(blocksToText(institute.presentation), 300) : null)} />
      ) : null}
    </SiteShell>
  );
}
