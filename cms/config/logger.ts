import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // error, warn, info, http (every request; Strapi's default) or debug.
  level: env('LOG_LEVEL', 'http'),
});
