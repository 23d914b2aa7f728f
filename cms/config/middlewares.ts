import type { Core } from '@strapi/strapi';
import { readWebsiteSettings } from '../src/settings/website';

export default (): Core.Config.Middlewares => {
  const website = readWebsiteSettings();
  return [
    'strapi::logger',
    'strapi::errors',
    'global::public-rest-guard',
    'global::graphql-body-limit',
    // Strapi's security headers (helmet) with the CSP its admin needs; the admin's preview adds the website to
    // frame-src (config/admin.ts).
    'strapi::security',
    // Browsers may call the CMS from the website's origin only (the website itself calls it server side).
    { name: 'strapi::cors', config: { origin: [website.publicUrl], credentials: false } },
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
