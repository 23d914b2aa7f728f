import type { Core } from '@strapi/strapi';

export const DEV_ADMIN_DEFAULTS = { email: 'admin@example.org', password: 'Institute-dev-1337' } as const;

/**
 * Outside production, a fresh database gets a local super admin so a newcomer can log in at once. Its credentials
 * come from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD (development defaults otherwise) and are printed at every start.
 */
function adminOrigin(strapi: Core.Strapi): string {
  const publicUrl = strapi.config.get<string>('server.url', '');
  if (/^https?:\/\//.test(publicUrl)) return publicUrl.replace(/\/$/, '');
  const host = strapi.config.get<string>('server.host', 'localhost');
  const port = strapi.config.get<number>('server.port', 1337);
  return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
}

export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production') return;
  const email = process.env.CMS_ADMIN_EMAIL || DEV_ADMIN_DEFAULTS.email;
  const password = process.env.CMS_ADMIN_PASSWORD || DEV_ADMIN_DEFAULTS.password;
  const users = strapi.service('admin::user');
  let created = false;
  if (!(await users.exists())) {
    await users.createFirstAdmin({ email, password, firstname: 'Local', lastname: 'Admin' });
    created = true;
  }
  const account = (await users.findOneByEmail(email)) as { password?: string } | null;
  const passwordWorks =
    account?.password !== undefined && (await strapi.service('admin::auth').validatePassword(password, account.password));
  const url = `${adminOrigin(strapi)}/admin`;
  if (passwordWorks) {
    strapi.log.info(
      `Local admin account${created ? ' created' : ''}: ${url}  email: ${email}  password: ${password}  (development only)`,
    );
  } else {
    strapi.log.info(`Local admin: ${url} (the account for ${email} has another password; set CMS_ADMIN_PASSWORD)`);
  }
}
