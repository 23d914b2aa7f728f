import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES, type PublicTypeUid } from '../settings/public-types';

/**
 * What anonymous visitors (the website) may read: published content of the public types, nothing else. Single types
 * have `find` only.
 */
export const PUBLIC_ACTIONS: readonly string[] = (Object.keys(PUBLIC_TYPES) as PublicTypeUid[]).flatMap((uid) =>
  uid === 'api::institute.institute' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`],
);

const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The Public role's permissions are set from code at every start, so a fresh database is right without clicking and
 * a permission ticked by mistake in the admin does not survive a restart.
 */
export async function enforcePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing: cannot set public permissions');

  const current = (await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } })) as Array<{
    id: number;
    action: string;
  }>;
  const wanted = new Set(PUBLIC_ACTIONS);
  const extra = current.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
  }
  const granted = new Set(current.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!granted.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }

  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
}
