/**
 * Editors' links are shown only when they lead somewhere harmless: web pages, mail, phone, or a path of this site.
 * `javascript:`, `data:` and the like (in any case or spelling) are not links.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(raw: string | null | undefined): string | null {
  const url = (raw ?? '').trim();
  if (url === '') return null;
  if (/^\/(?!\/)/.test(url) || url.startsWith('#')) return url;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): judge the URL as they would read it.
  const normalised = url.replace(/[\u0000-\u001f\u007f\s]+/g, '');
  try {
    const parsed = new URL(normalised);
    return SAFE_SCHEMES.has(parsed.protocol) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Images only from the web (http/https) or this site's own paths. */
export function safeImageSrc(raw: string | null | undefined, mediaOrigin: string): string | null {
  const url = (raw ?? '').trim();
  if (/^\/(?!\/)/.test(url)) return `${mediaOrigin}${url}`;
  const href = safeHref(url);
  return href && /^https?:/.test(href) ? href : null;
}
