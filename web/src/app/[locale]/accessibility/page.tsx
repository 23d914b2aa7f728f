import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { getSiteChrome } from '@/lib/cms/institute';
import { siteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return pageMetadata({ locale, path: paths.accessibility(locale), title: getDictionary(locale).accessibility.title, chrome: await getSiteChrome(locale) });
}

/** The accessibility statement in the form the French RGAA asks for (compliance, tests, contact, remedies). */
export default async function AccessibilityPage({ params }: Props) {
  const locale = await routeLocale(params);
  const text = getDictionary(locale).accessibility;
  const chrome = await getSiteChrome(locale);
  const institute = chrome?.name ?? '';
  const email = chrome?.contact.email;
  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.accessibility(locale)}>
      <PageHeader title={text.title} intro={text.intro(institute, siteConfig.siteUrl)} />
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <Section id="compliance" title={text.complianceTitle}>
          <p>{text.compliance}</p>
        </Section>
        <Section id="results" title={text.resultsTitle}>
          <p>{text.results}</p>
        </Section>
        <Section id="non-accessible" title={text.nonAccessibleTitle}>
          <p>{text.nonAccessible}</p>
        </Section>
        <Section id="established" title={text.establishedTitle}>
          <ul className="list-disc space-y-1 pl-6">
            <li>{text.established}</li>
            <li>{text.technologies}</li>
            <li>{text.environment}</li>
          </ul>
        </Section>
        {email ? (
          <Section id="feedback" title={text.feedbackTitle}>
            <p>
              {text.feedback} <a href={`mailto:${email}`}>{email}</a>
            </p>
          </Section>
        ) : null}
        <Section id="remedies" title={text.remediesTitle}>
          <p>{text.remedies}</p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {text.remedyOptions.map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ul>
        </Section>
      </div>
    </SiteShell>
  );
}
