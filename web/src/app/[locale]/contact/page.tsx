import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteShell } from '@/components/layout/SiteShell';
import { PageHeader } from '@/components/ui/PageHeader';
import { getSiteChrome } from '@/lib/cms/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  return pageMetadata({ locale, path: paths.contact(locale), title: dictionary.contact.title, description: dictionary.contact.intro, chrome: await getSiteChrome(locale) });
}

export default async function ContactPage({ params }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const chrome = await getSiteChrome(locale);
  const labelClass = 'font-sans text-sm font-semibold tracking-wide text-muted uppercase';
  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.contact(locale)}>
      <PageHeader title={dictionary.contact.title} eyebrow={chrome?.name} intro={dictionary.contact.intro} />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-2">
        {chrome ? (
          <address className="not-italic">
            <dl className="space-y-5">
              {chrome.contact.address ? (
                <div>
                  <dt className={labelClass}>{dictionary.contact.address}</dt>
                  <dd className="mt-1 text-lg whitespace-pre-line">{`${chrome.name}\n${chrome.contact.address}`}</dd>
                </div>
              ) : null}
              {chrome.contact.phone ? (
                <div>
                  <dt className={labelClass}>{dictionary.contact.phone}</dt>
                  <dd className="mt-1 text-lg">
                    <a href={`tel:${chrome.contact.phone.replace(/\s+/g, '')}`}>{chrome.contact.phone}</a>
                  </dd>
                </div>
              ) : null}
              {chrome.contact.email ? (
                <div>
                  <dt className={labelClass}>{dictionary.contact.email}</dt>
                  <dd className="mt-1 text-lg break-words">
                    <a href={`mailto:${chrome.contact.email}`}>{chrome.contact.email}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </address>
        ) : null}
        <div className="space-y-6">
          <section aria-labelledby="contact-teams" className="rounded-lg border border-line bg-white p-5">
            <h2 id="contact-teams" className="text-xl">
              {dictionary.contact.teams}
            </h2>
            <p className="mt-2 text-muted">{dictionary.contact.teamsText}</p>
            <p className="mt-3">
              <Link href={paths.teams(locale)}>{dictionary.nav.teams}</Link>
            </p>
          </section>
          <section aria-labelledby="contact-platforms" className="rounded-lg border border-line bg-white p-5">
            <h2 id="contact-platforms" className="text-xl">
              {dictionary.contact.platforms}
            </h2>
            <p className="mt-2 text-muted">{dictionary.contact.platformsText}</p>
            <p className="mt-3">
              <Link href={paths.platforms(locale)}>{dictionary.nav.platforms}</Link>
            </p>
          </section>
        </div>
      </div>
    </SiteShell>
  );
}
