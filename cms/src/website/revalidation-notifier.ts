import type { Core } from '@strapi/strapi';
import type { WebsiteType } from '../settings/public-types';
import type { WebsiteSettings } from '../settings/website';

/**
 * Tells the website what changed so it refreshes exactly those pages. Changes made together (a save that also syncs
 * the other locale, say) are sent as one request a moment later; a failed request is retried once, then logged: the
 * website's time-based revalidation still catches up.
 */
export type ChangedType = WebsiteType | 'media';

export interface Change {
  type: ChangedType;
  slugs: string[];
}

const BATCH_DELAY_MS = 150;
const TIMEOUT_MS = 5000;
const RETRY_DELAY_MS = 1000;

export class RevalidationNotifier {
  private pending = new Map<ChangedType, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private lastFailureLogged = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly website: Pick<WebsiteSettings, 'internalUrl' | 'revalidateSecret'>,
  ) {}

  queue(change: Change): void {
    const slugs = this.pending.get(change.type) ?? new Set<string>();
    change.slugs.forEach((slug) => slugs.add(slug));
    this.pending.set(change.type, slugs);
    this.timer ??= setTimeout(() => void this.flush(), BATCH_DELAY_MS);
  }

  /** Sends what is queued now (also used by tests and on shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const changes: Change[] = [...this.pending].map(([type, slugs]) => ({ type, slugs: [...slugs].sort() }));
    this.pending = new Map();
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      try {
        await this.send(changes);
        return;
      } catch (error) {
        if (attempt === 2) this.logFailure(error);
        else await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  private async send(changes: Change[]): Promise<void> {
    const response = await fetch(`${this.website.internalUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': this.website.revalidateSecret },
      body: JSON.stringify({ changes }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`the website answered ${response.status}`);
  }

  private logFailure(error: unknown): void {
    // The website is often not running in development: say it once a minute, not at every save.
    if (Date.now() - this.lastFailureLogged < 60000) return;
    this.lastFailureLogged = Date.now();
    this.strapi.log.warn(
      `Could not ask the website (${this.website.internalUrl}) to refresh its pages: ${error instanceof Error ? error.message : String(error)}. ` +
        'It will catch up on its own within its revalidation period.',
    );
  }
}
