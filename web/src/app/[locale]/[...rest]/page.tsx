import { notFound } from 'next/navigation';

/**
 * Any other path under a locale (and, through the proxy, any path outside the locales) is a page that does not exist:
 * the localized not-found page, status 404. Rendered on each request so made-up URLs never fill the page cache.
 */
export const dynamic = 'force-dynamic';

export default function UnknownPage(): never {
  notFound();
}
