import type { DocumentNode } from 'graphql';
import { Kind, visit } from 'graphql';
import { cache } from 'react';
import type { SiteChromeFragment } from './generated/graphql';
import { toSiteChrome, type SiteChrome } from './reshape/institute';

/**
 * The header and footer data every page query already carries (the SiteChrome fragment), shared with the not-found
 * boundary rendered alongside the page. Next.js renders a segment's not-found.tsx with every page (it travels in the
 * payload, shown if the page calls notFound()): asking the CMS on its own, it would make every page render cost two
 * GraphQL requests instead of one.
 */
const chromeOfRender = cache(() => new Map<string, Promise<SiteChrome | null>>());

const spreadsChrome = new WeakMap<DocumentNode, boolean>();

function spreadsSiteChrome(document: DocumentNode): boolean {
  let found = spreadsChrome.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FRAGMENT_SPREAD]: (node) => {
        if (node.name.value === 'SiteChrome') found = true;
      },
    });
    spreadsChrome.set(document, found);
  }
  return found;
}

/** Called by cmsQuery as a query starts: its result's chrome becomes this render's. */
export function shareChromeOfQuery(document: DocumentNode, locale: unknown, request: Promise<{ data?: unknown }>): void {
  if (typeof locale !== 'string' || !spreadsSiteChrome(document)) return;
  const chrome = request.then(({ data }) => (data ? toSiteChrome(data as SiteChromeFragment) : null));
  // The page handles its own query's failure; whoever reads the shared copy handles it again.
  chrome.catch(() => undefined);
  chromeOfRender().set(locale, chrome);
}

/**
 * The chrome the page of this render fetched, once its query has started (React renders the page and the not-found
 * boundary side by side, so this waits for the end of the current turn first), or undefined when the page asked for
 * none (an unknown path).
 */
export async function sharedChromeOfRender(locale: string): Promise<Promise<SiteChrome | null> | undefined> {
  await new Promise((resolve) => setImmediate(resolve));
  return chromeOfRender().get(locale);
}
