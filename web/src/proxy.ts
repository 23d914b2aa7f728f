import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales';

/** The path every URL outside the locales is answered from: a 404, never cached (see app/[locale]/[...rest]). */
export const UNKNOWN_LOCALE_PATH = 'unknown-locale';

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * In front of every page and API route:
 * - a path that is not valid percent-encoded UTF-8 (`/teams/%E9`) is a bad request (400), said plainly;
 * - `/` sends visitors to their language (/en when the browser prefers English, /fr otherwise);
 * - a page path that does not start with a locale (/de/teams) is a 404, shown in the visitor's language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellEncoded(pathname)) {
    return new NextResponse('Bad request: the address is not valid (malformed percent-encoding).\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const locale = negotiateLocale(request.headers.get('accept-language'));
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
  // Everything but Next.js's own files and the site's root files (sitemap, robots, icons).
  matcher: ['/((?!_next/|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$|icon\\.svg$).*)'],
};
