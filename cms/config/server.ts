import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/settings/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public address of the CMS (used for absolute media and admin URLs behind a proxy).
  url: env('CMS_PUBLIC_URL', ''),
  proxy: env.bool('CMS_BEHIND_PROXY', false),
  app: {
    keys: readSecrets().appKeys,
  },
  // Uploaded media live in <public>/uploads (a volume in docker compose).
  dirs: {
    public: env('CMS_PUBLIC_DIR', './public'),
  },
});
