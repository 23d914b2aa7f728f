import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OpenPositions } from '@/components/job/OpenPositions';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { NewsGrid } from '@/components/news/NewsGrid';
import { PeopleList } from '@/components/person/PeopleList';
import { RichText } from '@/components/rich-text/RichText';
import { safeHref } from '@/lib/safe-url';
import { CmsImage } from '@/components/ui/CmsImage';
import { AsideBlock, DetailLayout } from '@/components/ui/DetailLayout';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getPlatformPage } from '@/lib/cms/platforms';
import { siteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('platforms');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getPlatformPage(locale, slug);
  if (!page.platform) notFound();
  return { locale, ...page, platform: page.platform };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, platform } = await load(params);
  return pageMetadata({
    locale,
    path: paths.platform(locale, platform.slug),
    title: platform.seo.title ?? platform.name,
    description: platform.seo.description ?? platform.summary,
    chrome,
    image: platform.seo.image ?? platform.image,
    noIndex: platform.seo.noIndex,
  });
}

export default async function PlatformPage({ params }: Props) {
  const { locale, chrome, platform, relatedNews, openPositions } = await load(params);
  const dictionary = getDictionary(locale);
  const bookingUrl = safeHref(platform.bookingUrl);
  const links = platform.links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ label: link.label, href }] : [];
  });
  const otherStaff = platform.staff.filter((person) => !platform.coordinators.some((coordinator) => coordinator.slug === person.slug));

  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.platform(locale, platform.slug)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.platforms, path: paths.platforms(locale) },
          { name: platform.name, path: paths.platform(locale, platform.slug) },
        ]}
      />
      <PageHeader title={platform.name} eyebrow={dictionary.platforms.title} intro={platform.summary} />
      <DetailLayout
        aside={
          <>
            {platform.image ? (
              <CmsImage image={platform.image} sizes="(min-width: 1024px) 18rem, 100vw" className="w-full rounded-lg" preload />
            ) : null}
            {bookingUrl ? (
              <p>
                <a
                  href={bookingUrl}
                  rel="noopener noreferrer"
                  className="inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900 hover:text-white"
                >
                  {dictionary.platforms.book}
                </a>
              </p>
            ) : null}
            {platform.location ? (
              <AsideBlock title={dictionary.platforms.location}>
                <p>
                  {platform.location.building ? <span className="block">{platform.location.building}</span> : null}
                  {platform.location.campus ? <span className="block">{platform.location.campus}</span> : null}
                </p>
              </AsideBlock>
            ) : null}
            {platform.contactEmail ? (
              <AsideBlock title={dictionary.platforms.contact}>
                <p className="break-words">
                  <a href={`mailto:${platform.contactEmail}`}>{platform.contactEmail}</a>
                </p>
              </AsideBlock>
            ) : null}
            {platform.certifications.length > 0 ? (
              <AsideBlock title={dictionary.platforms.certifications}>
                <ul className="space-y-1">
                  {platform.certifications.map((certification) => (
                    <li key={certification}>{certification}</li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
            {links.length > 0 ? (
              <AsideBlock title={dictionary.platforms.links}>
                <ul className="space-y-1">
                  {links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href} rel="noopener noreferrer">
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
          </>
        }
      >
        {platform.mission.length > 0 ? (
          <Section id="mission" title={dictionary.platforms.mission}>
            <RichText content={platform.mission} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
        {platform.services.length > 0 ? (
          <Section id="services" title={dictionary.platforms.services}>
            <ul className="list-disc space-y-2 pl-6">
              {platform.services.map((service) => (
                <li key={service}>{service}</li>
              ))}
            </ul>
          </Section>
        ) : null}
        {platform.howItWorks.length > 0 ? (
          <Section id="how-it-works" title={dictionary.platforms.howItWorks}>
            <RichText content={platform.howItWorks} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
        {platform.equipment.length > 0 ? (
          <Section id="equipment" title={dictionary.platforms.equipment}>
            <dl className="divide-y divide-line rounded-lg border border-line bg-white">
              {platform.equipment.map((item) => (
                <div key={item.name} className="p-4">
                  <dt className="font-semibold">{item.name}</dt>
                  {item.description ? <dd className="mt-1 text-muted">{item.description}</dd> : null}
                </div>
              ))}
            </dl>
          </Section>
        ) : null}
        {platform.coordinators.length > 0 ? (
          <Section id="coordinators" title={dictionary.platforms.coordinators}>
            <PeopleList narrow locale={locale} people={platform.coordinators} />
          </Section>
        ) : null}
        {otherStaff.length > 0 ? (
          <Section id="staff" title={dictionary.platforms.staff}>
            <PeopleList narrow locale={locale} people={otherStaff} />
          </Section>
        ) : null}
        <OpenPositions locale={locale} offers={openPositions} />
        {relatedNews.length > 0 ? (
          <Section id="platform-news" title={dictionary.platforms.relatedNews}>
            <NewsGrid narrow locale={locale} articles={relatedNews} />
          </Section>
        ) : null}
      </DetailLayout>
    </SiteShell>
  );
}
