import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { staticParamsWhenCmsIsUp } from '@/lib/cms/static-params';
import { siteConfig } from '@/lib/config';
import { LOCALES } from '@/lib/i18n/locales';
import { routeLocale } from '@/lib/i18n/route-params';
import '../globals.css';

export async function generateStaticParams() {
  return staticParamsWhenCmsIsUp(async () => LOCALES.map((locale) => ({ locale })));
}

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.siteUrl),
};

export const viewport: Viewport = {
  themeColor: '#0b2a40',
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
