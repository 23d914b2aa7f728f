import type { Core } from '@strapi/strapi';
import { readWebsiteSettings } from '../settings/website';

export const PREVIEW_TOKEN_NAME = 'Website preview';

/**
 * The website reads drafts (for editors' previews only) with a read-only API token whose value is CMS_PREVIEW_TOKEN,
 * shared by both apps. The token is kept in step with that variable at every start, so rotating the secret is a
 * matter of changing it on both sides.
 */
export async function ensurePreviewToken(strapi: Core.Strapi): Promise<void> {
  const { previewToken } = readWebsiteSettings();
  const tokens = strapi.service('admin::api-token');
  const accessKey = tokens.hash(previewToken) as string;
  const secretFields = { accessKey, encryptedKey: strapi.service('admin::encryption').encrypt(previewToken) as string };

  let token = (await strapi.db.query('admin::api-token').findOne({ where: { name: PREVIEW_TOKEN_NAME } })) as {
    id: number;
    accessKey: string;
  } | null;
  if (!token) {
    token = (await tokens.create({
      name: PREVIEW_TOKEN_NAME,
      description: 'Lets the public website show drafts to editors in preview. Its value is CMS_PREVIEW_TOKEN; managed by the CMS at start.',
      type: 'read-only',
      lifespan: null,
      kind: 'content-api',
    })) as { id: number; accessKey: string };
    await strapi.db.query('admin::api-token').update({ where: { id: token.id }, data: secretFields });
  } else if (token.accessKey !== accessKey) {
    await strapi.db.query('admin::api-token').update({ where: { id: token.id }, data: secretFields });
  }
}
