import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/settings/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const secrets = readSecrets();
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
    autoOpen: env.bool('CMS_ADMIN_AUTO_OPEN', false),
  };
};
