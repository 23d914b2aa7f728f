import type { Core } from '@strapi/strapi';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { seedOnStart } from './bootstrap/seed';
import { registerOrcidCheck } from './document-middlewares/orcid';
import { registerPublishedOnly } from './document-middlewares/published-only';
import { registerSharedRelations } from './document-middlewares/shared-relations';
import { registerSlugs } from './document-middlewares/slugs';
import { registerHidePrivateEmails } from './graphql/hide-private-emails';
import { assertProductionSecrets } from './settings/secrets';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    registerPublishedOnly(strapi);
    registerOrcidCheck(strapi);
    registerSlugs(strapi);
    registerSharedRelations(strapi);
    registerHidePrivateEmails(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    await seedOnStart(strapi);
    await ensureDevAdmin(strapi);
  },
};
