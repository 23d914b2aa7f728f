import type { SiteConfig } from './config';

/**
 * The headers of every response. The Content-Security-Policy is as strict as static rendering allows:
 * - scripts: 'self' and 'unsafe-inline'. Next.js inlines the page's data as scripts whose content differs per page;
 *   nonces would need every page rendered per request (no ISR), and hashes would have to be computed per page when
 *   it is rendered, which headers set here cannot do; 'strict-dynamic' needs one or the other. What 'unsafe-inline'
 *   would let in is kept out upstream: React escapes every text, no HTML from the CMS is ever rendered raw, and links
 *   and images from editors pass an allow-list of schemes.
 * - everything else is strict: no plugins, no <base>, forms to this site, frames only from the CMS admin (its preview),
 *   images from this site (next/image) and the CMS's media (images inside rich text).
 */
export function securityHeaders(config: Pick<SiteConfig, 'cmsMediaUrl' | 'cmsPublicUrl' | 'siteUrl'>, production: boolean) {
  const https = config.siteUrl.startsWith('https://');
  const origin = (url: string) => new URL(url).origin;
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${origin(config.cmsMediaUrl)}`,
    "font-src 'self'",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self' ${origin(config.cmsPublicUrl)}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    ...(production && https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
