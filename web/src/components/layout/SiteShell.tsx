import { draftMode } from 'next/headers';
import type { ReactNode } from 'react';
import type { SiteChrome } from '@/lib/cms/reshape/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { PreviewBanner } from './PreviewBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface SiteShellProps {
  locale: Locale;
  chrome: SiteChrome | null;
  /** The current page's path (with its locale and query), for the language switch and the current menu entry. */
  path: string;
  children: ReactNode;
}

/**
 * Header, main landmark and footer around a page. Pages render it with the header and footer data their own query
 * brought, so a page render makes one request to the CMS.
 */
export async function SiteShell({ locale, chrome, path, children }: SiteShellProps) {
  const dictionary = getDictionary(locale);
  const preview = (await draftMode()).isEnabled;
  return (
    <>
      {preview ? <PreviewBanner locale={locale} path={path} /> : null}
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-4 py-2 font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {dictionary.skipToContent}
      </a>
      <SiteHeader locale={locale} chrome={chrome} path={path} />
      <main id="main" tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} chrome={chrome} />
    </>
  );
}
