import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { isPublicType, PUBLIC_TYPES } from '../settings/public-types';
import { readWebsiteSettings } from '../settings/website';
import { RevalidationNotifier } from '../website/revalidation-notifier';
import { useDocumentMiddleware } from './types';

/**
 * On-demand revalidation: every change to public content (create, update, delete, publish, unpublish, discard) and to
 * the media library is sent to the website, which refreshes the pages that show it.
 *
 * A document-service middleware rather than Strapi's webhooks: it sees the entry before and after the change, so a
 * renamed slug refreshes the old URL (now a 404) as well as the new one; it is configured from the environment, with
 * nothing to click in the admin; and it works the same for the admin, the API and scripts.
 */
const NOTIFIED_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const quiet = new AsyncLocalStorage<true>();

/** Runs work (the seed, say) without telling the website about each entry. */
export const withoutWebsiteNotifications = <T>(work: () => Promise<T>): Promise<T> => quiet.run(true, work);

export function registerWebsiteNotifications(strapi: Core.Strapi): RevalidationNotifier {
  const notifier = new RevalidationNotifier(strapi, readWebsiteSettings());

  const slugsOf = async (uid: string, documentId: string | undefined): Promise<string[]> => {
    if (!documentId || !('slug' in strapi.getModel(uid as UID.Schema).attributes)) return [];
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, select: ['slug'] })) as Array<{
      slug: string | null;
    }>;
    return rows.flatMap((row) => (row.slug ? [row.slug] : []));
  };

  useDocumentMiddleware(strapi, async (call, next) => {
    if (!isPublicType(call.uid) || !NOTIFIED_ACTIONS.has(call.action) || quiet.getStore()) return next();
    const before = await slugsOf(call.uid, call.params.documentId);
    const result = await next();
    const documentId = call.params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = await slugsOf(call.uid, documentId);
    notifier.queue({ type: PUBLIC_TYPES[call.uid], slugs: [...new Set([...before, ...after])] });
    return result;
  });

  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: () => notifier.queue({ type: 'media', slugs: [] }),
    afterDelete: () => notifier.queue({ type: 'media', slugs: [] }),
  });

  return notifier;
}
