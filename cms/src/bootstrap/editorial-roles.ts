import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES } from '../settings/public-types';

/**
 * The two editorial roles of the admin, set up once per version of these settings (administrators may adjust them
 * afterwards; a new content type means a new version, which sets both roles again):
 * - Editor: creates, edits, publishes and deletes all the public content and the media library; no settings.
 * - Author: writes news articles (their own) as drafts and cannot publish them; reads the rest of the content, to link
 *   articles to teams, platforms and people; uploads media.
 * Strapi creates both roles with the first administrator; this gives them these permissions.
 */
const ROLES_VERSION = 2;
const NEWS_ARTICLE = 'api::news-article.news-article';
const READ = 'plugin::content-manager.explorer.read';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const IS_CREATOR = 'admin::is-creator';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

const uploadPermissions = (ownOnly: boolean): Permission[] => {
  const conditions = ownOnly ? [IS_CREATOR] : [];
  return [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];
};

export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'app', name: 'institute', key: 'editorial-roles-version' });
  if (((await store.get({})) as number | null) === ROLES_VERSION) return;

  const roles = strapi.service('admin::role');
  const editor = (await roles.findOne({ code: 'strapi-editor' })) as { id: number } | null;
  const author = (await roles.findOne({ code: 'strapi-author' })) as { id: number } | null;
  if (!editor || !author) return;

  const contentTypeActions = (strapi.service('admin::permission').actionProvider.values() as Array<{ section: string }>).filter(
    (action) => action.section === 'contentTypes',
  );
  const publicUids = new Set<string>(Object.keys(PUBLIC_TYPES));
  const contentPermissions = (
    strapi.service('admin::content-type').getPermissionsWithNestedFields(contentTypeActions) as Permission[]
  ).filter((permission) => permission.subject && publicUids.has(permission.subject));

  const editorPermissions = [...contentPermissions, ...uploadPermissions(false)];
  const authorPermissions = [
    ...contentPermissions
      .filter((permission) => permission.subject === NEWS_ARTICLE && permission.action !== PUBLISH)
      .map((permission) => ({ ...permission, conditions: [IS_CREATOR] })),
    ...contentPermissions.filter((permission) => permission.subject !== NEWS_ARTICLE && permission.action === READ),
    ...uploadPermissions(true),
  ];

  await roles.assignPermissions(editor.id, editorPermissions);
  await roles.assignPermissions(author.id, authorPermissions);
  await roles.update(
    { id: author.id },
    { description: 'Authors write news articles as drafts, for an editor to publish; they read the rest of the content.' },
  );
  await store.set({ value: ROLES_VERSION });
}
