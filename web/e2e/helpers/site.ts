import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with no background traffic to Google (this machine has no Internet). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const webUrl = (path = ''): string => `${process.env.E2E_WEB_URL}${path}`;

/** Tells the website what content changed, as the CMS's webhook does: it expires those cache tags and empties its page
 * cache, so the next visit of an affected page renders it afresh. `media` expires every tag. */
export async function announceChanges(changes: Array<{ type: string; slugs: string[] }>): Promise<void> {
  const response = await fetch(webUrl('/api/revalidate'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': process.env.E2E_REVALIDATE_SECRET ?? '' },
    body: JSON.stringify({ changes }),
  });
  if (!response.ok) throw new Error(`the website refused to revalidate ${JSON.stringify(changes)}: ${response.status} ${await response.text()}`);
}

/** Asks the CMS's public GraphQL API, as the website does. */
export async function cmsGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${process.env.E2E_CMS_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Accessibility problems axe-core rates serious or critical, described enough to fix them. The page must come from
 * `browser.newContext()`, as axe-core's runner opens pages of its own in it. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
