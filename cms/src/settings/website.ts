import { readSecrets } from './secrets';

/**
 * How the CMS reaches the public website: the public address editors' browsers open for previews, and the address the
 * CMS itself posts revalidation requests to (the same unless the website sits on a private network, as in docker
 * compose).
 */
export interface WebsiteSettings {
  publicUrl: string;
  internalUrl: string;
  revalidateSecret: string;
  previewSecret: string;
  previewToken: string;
}

function readUrl(name: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim() || fallback;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.toString().replace(/\/+$/, '');
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
}

export function readWebsiteSettings(source: NodeJS.ProcessEnv = process.env): WebsiteSettings {
  const secrets = readSecrets(source);
  const publicUrl = readUrl('WEBSITE_URL', source.WEBSITE_URL, 'http://localhost:3000');
  return {
    publicUrl,
    internalUrl: readUrl('WEBSITE_INTERNAL_URL', source.WEBSITE_INTERNAL_URL, publicUrl),
    revalidateSecret: secrets.REVALIDATE_SECRET,
    previewSecret: secrets.PREVIEW_SECRET,
    previewToken: secrets.CMS_PREVIEW_TOKEN,
  };
}
