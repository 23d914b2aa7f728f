import Link from 'next/link';
import type { SiteChrome } from '@/lib/cms/reshape/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export function SiteFooter({ locale, chrome }: { locale: Locale; chrome: SiteChrome | null }) {
  const dictionary = getDictionary(locale);
  return (
    <footer className="mt-16 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-3">
        {chrome ? (
          <section aria-labelledby="footer-contact">
            <h2 id="footer-contact" className="font-sans text-sm font-semibold tracking-wide text-white uppercase">
              {dictionary.footer.contact}
            </h2>
            <p className="mt-3 font-serif text-lg text-white">{chrome.name}</p>
            {chrome.contact.address ? <p className="mt-2 text-sm whitespace-pre-line">{chrome.contact.address}</p> : null}
            <ul className="mt-3 space-y-1 text-sm">
              {chrome.contact.phone ? (
                <li>
                  <a className="text-brand-50 hover:text-white" href={`tel:${chrome.contact.phone.replace(/\s+/g, '')}`}>
                    {chrome.contact.phone}
                  </a>
                </li>
              ) : null}
              {chrome.contact.email ? (
                <li>
                  <a className="text-brand-50 hover:text-white" href={`mailto:${chrome.contact.email}`}>
                    {chrome.contact.email}
                  </a>
                </li>
              ) : null}
            </ul>
          </section>
        ) : null}
        {chrome && chrome.affiliations.length > 0 ? (
          <section aria-labelledby="footer-affiliations">
            <h2 id="footer-affiliations" className="font-sans text-sm font-semibold tracking-wide text-white uppercase">
              {dictionary.footer.affiliations}
            </h2>
            <ul className="mt-3 space-y-1 text-sm">
              {chrome.affiliations.map((affiliation) => (
                <li key={affiliation.name}>
                  {affiliation.url ? (
                    <a className="text-brand-50 hover:text-white" href={affiliation.url} rel="noopener noreferrer">
                      {affiliation.name}
                    </a>
                  ) : (
                    affiliation.name
                  )}
                  {affiliation.unitCode ? <span className="text-brand-100"> · {affiliation.unitCode}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="footer-information">
          <h2 id="footer-information" className="font-sans text-sm font-semibold tracking-wide text-white uppercase">
            {dictionary.footer.legal}
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link className="text-brand-50 hover:text-white" href={paths.contact(locale)}>
                {dictionary.nav.contact}
              </Link>
            </li>
            <li>
              <Link className="text-brand-50 hover:text-white" href={paths.accessibility(locale)}>
                {dictionary.accessibility.title}
              </Link>
            </li>
            <li>
              <a className="text-brand-50 hover:text-white" href="/sitemap.xml">
                Sitemap
              </a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
