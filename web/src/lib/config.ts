/**
 * The website's settings, read from the environment once and checked: a wrong value stops the server at start with a
 * message naming the variable, instead of failing on some page later.
 */
export interface SiteConfig {
  /** Where the website reaches the CMS (server side only). */
  cmsUrl: string;
  /** Origin the CMS's media are fetched from (defaults to cmsUrl). */
  cmsMediaUrl: string;
  /** The CMS's public address, whose admin may show the website in its preview frame (defaults to cmsUrl). */
  cmsPublicUrl: string;
  /** The website's own public address, for canonical URLs, sitemaps and structured data. */
  siteUrl: string;
  /** Seconds after which a cached page or CMS response is regenerated in the background. */
  revalidateSeconds: number;
}

function readUrl(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must use http or https, got "${raw}"`);
  }
  return url.toString().replace(/\/+$/, '');
}

function readSeconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of seconds (1 or more), got "${raw}"`);
  return value;
}

export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const cmsUrl = readUrl(env, 'CMS_URL', 'http://127.0.0.1:1337');
  return {
    cmsUrl,
    cmsMediaUrl: readUrl(env, 'CMS_MEDIA_URL', cmsUrl),
    cmsPublicUrl: readUrl(env, 'CMS_PUBLIC_URL', cmsUrl),
    siteUrl: readUrl(env, 'SITE_URL', 'http://localhost:3000'),
    revalidateSeconds: readSeconds(env, 'REVALIDATE_SECONDS', 300),
  };
}

export const siteConfig: SiteConfig = readSiteConfig();
