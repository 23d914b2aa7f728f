import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales';

/** The path every URL outside the locales is answered from: a 404, never cached (see app/[locale]/[...rest]). */
export const UNKNOWN_LOCALE_PATH = 'unknown-locale';

/**
 * `/` sends visitors to their language (/en when the browser prefers English, /fr otherwise). A path that does not
 * start with a locale (/de/teams) is a 404, shown in the visitor's language.
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  if (!isLocale(pathname.split('/')[1])) {
    return NextResponse.rewrite(new URL(`/${locale}/${UNKNOWN_LOCALE_PATH}`, request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Everything but Next.js's own files, the API routes (revalidate, preview) and the site's root files.
  matcher: ['/((?!_next/|api/|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$).*)'],
};
