import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/settings/secrets';
import { readWebsiteSettings } from '../src/settings/website';
import { previewUrl } from '../src/website/preview-url';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const secrets = readSecrets();
  const website = readWebsiteSettings();
  return {
    auth: {
      secret: secrets.ADMIN_JWT_SECRET,
    },
    apiToken: {
      salt: secrets.API_TOKEN_SALT,
    },
    transfer: {
      token: {
        salt: secrets.TRANSFER_TOKEN_SALT,
      },
    },
    secrets: {
      encryptionKey: secrets.ENCRYPTION_KEY,
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
    watchIgnoreFiles: ['**/test/**', '**/data/**', '**/scripts/**'],
    // "Open preview" shows the entry's page on the website, drafts included, beside the edit form.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [website.publicUrl],
        handler: (uid: string, params: { documentId?: string; locale?: string; status?: string }) =>
          previewUrl(strapi, website, uid, params),
      },
    },
    autoOpen: env.bool('CMS_ADMIN_AUTO_OPEN', false),
  };
};
