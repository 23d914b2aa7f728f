import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobOfferDeadline } from '@/components/job/JobOfferDeadline';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { AsideBlock, DetailLayout } from '@/components/ui/DetailLayout';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getJobOfferPage } from '@/lib/cms/job-offers';
import { blocksToText, excerpt } from '@/lib/cms/reshape/common';
import { siteConfig } from '@/lib/config';
import { formatDate, getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { endOfDeadlineDay } from '@/lib/jobs/deadline';
import { jobPostingJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('jobs');

/** An unknown offer, or one whose deadline has passed (even if the CMS response predates it), is a 404. */
async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getJobOfferPage(locale, slug);
  if (!page.offer) notFound();
  return { locale, ...page, offer: page.offer };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, offer } = await load(params);
  return pageMetadata({
    locale,
    path: paths.job(locale, offer.slug),
    title: offer.title,
    description: excerpt(blocksToText(offer.description)) || getDictionary(locale).contractTypes[offer.contractType],
    chrome,
  });
}

export default async function JobOfferPage({ params }: Props) {
  const { locale, chrome, offer } = await load(params);
  const dictionary = getDictionary(locale);
  const path = paths.job(locale, offer.slug);
  const unitPath = offer.unit ? (offer.unit.kind === 'team' ? paths.team(locale, offer.unit.slug) : paths.platform(locale, offer.unit.slug)) : null;

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.jobs, path: paths.jobs(locale) },
          { name: offer.title, path },
        ]}
      />
      <PageHeader
        title={offer.title}
        eyebrow={dictionary.contractTypes[offer.contractType]}
        intro={
          offer.unit && unitPath ? (
            <p>
              {offer.unit.kind === 'team' ? dictionary.jobs.team : dictionary.jobs.platform}
              {dictionary.colon}
              <Link href={unitPath}>{offer.unit.name}</Link>
            </p>
          ) : null
        }
      />
      <DetailLayout
        aside={
          <>
            <AsideBlock title={dictionary.jobs.deadline}>
              <p>
                <JobOfferDeadline locale={locale} deadline={offer.deadline} />
              </p>
            </AsideBlock>
            {offer.startDate ? (
              <AsideBlock title={dictionary.jobs.startDate}>
                <p>
                  <time dateTime={offer.startDate}>{formatDate(locale, offer.startDate)}</time>
                </p>
              </AsideBlock>
            ) : null}
            {offer.contactEmail ? (
              <AsideBlock title={dictionary.jobs.contact}>
                <p className="break-words">
                  <a href={`mailto:${offer.contactEmail}`}>{offer.contactEmail}</a>
                </p>
              </AsideBlock>
            ) : null}
          </>
        }
      >
        {offer.description.length > 0 ? (
          <Section id="job-description" title={dictionary.jobs.description}>
            <RichText content={offer.description} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
        {offer.howToApply.length > 0 ? (
          <Section id="how-to-apply" title={dictionary.jobs.howToApply}>
            <RichText content={offer.howToApply} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
      </DetailLayout>
      <JsonLd
        data={jobPostingJsonLd({
          title: offer.title,
          slug: offer.slug,
          path,
          description: [blocksToText(offer.description), blocksToText(offer.howToApply)].filter(Boolean).join('\n\n') || offer.title,
          datePosted: offer.publishedAt ?? offer.updatedAt ?? new Date().toISOString(),
          validThrough: endOfDeadlineDay(offer.deadline) ?? offer.deadline,
          contractType: offer.contractType,
          startDate: offer.startDate,
          organization: chrome,
          homePath: paths.home(locale),
        })}
      />
    </SiteShell>
  );
}
