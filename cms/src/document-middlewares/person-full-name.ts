import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from './types';

const PERSON = 'api::person.person';

/**
 * A person's "First Last", kept from their first and last names: the admin shows it in lists and relation pickers
 * (Strapi labels an entry with one field).
 */
export function registerPersonFullName(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    const data = call.params.data;
    if (call.uid !== PERSON || !data || (call.action !== 'create' && call.action !== 'update')) return next();
    if (data.firstName === undefined && data.lastName === undefined) return next();
    let { firstName, lastName } = data as { firstName?: string; lastName?: string };
    if ((firstName === undefined || lastName === undefined) && call.params.documentId) {
      const current = (await strapi.db.query(PERSON).findOne({
        where: { documentId: call.params.documentId },
        select: ['firstName', 'lastName'],
      })) as { firstName: string; lastName: string } | null;
      firstName ??= current?.firstName;
      lastName ??= current?.lastName;
    }
    data.fullName = [firstName, lastName].filter(Boolean).join(' ').trim() || null;
    return next();
  });
}
