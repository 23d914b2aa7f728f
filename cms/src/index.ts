import type { Core } from '@strapi/strapi';
import { ensureAdminLayouts } from './bootstrap/admin-layouts';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureEditorialRoles } from './bootstrap/editorial-roles';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { fillSearchColumns } from './bootstrap/search-columns';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { seedOnStart } from './bootstrap/seed';
import { registerEventDates } from './document-middlewares/event-dates';
import { registerWebsiteNotifications } from './document-middlewares/notify-website';
import { registerOpenJobOffersOnly } from './document-middlewares/open-job-offers';
import { registerOrcidCheck } from './document-middlewares/orcid';
import { registerPersonFullName } from './document-middlewares/person-full-name';
import { registerPublicationIdentifiers } from './document-middlewares/publication-identifiers';
import { registerPublishedOnly } from './document-middlewares/published-only';
import { registerSearchColumns } from './document-middlewares/search-columns';
import { registerSharedRelations } from './document-middlewares/shared-relations';
import { registerSlugs } from './document-middlewares/slugs';
import { registerBatchedRelations } from './graphql/batched-relations';
import { registerHidePrivateEmails } from './graphql/hide-private-emails';
import { registerSearchQuery } from './graphql/search';
import { assertProductionSecrets } from './settings/secrets';
import { scheduleJobOfferClosings } from './website/job-offer-closings';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    registerPublishedOnly(strapi);
    registerOpenJobOffersOnly(strapi);
    registerOrcidCheck(strapi);
    registerPublicationIdentifiers(strapi);
    registerEventDates(strapi);
    registerPersonFullName(strapi);
    registerSlugs(strapi);
    registerSharedRelations(strapi);
    scheduleJobOfferClosings(strapi, registerWebsiteNotifications(strapi));
    registerSearchColumns(strapi);
    registerHidePrivateEmails(strapi);
    registerBatchedRelations(strapi);
    registerSearchQuery(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    await ensurePreviewToken(strapi);
    await seedOnStart(strapi);
    await fillSearchColumns(strapi);
    await ensureDevAdmin(strapi);
    await ensureEditorialRoles(strapi);
    await ensureAdminLayouts(strapi);
  },
};
