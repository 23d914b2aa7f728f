import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { callLocale, findDraftLocales } from './draft-locales';
import { useDocumentMiddleware, type DocumentCall } from './types';

/**
 * Strapi 5 keeps relations per locale; for the institute they are facts shared by every language (a team's leaders do
 * not change with the language). This keeps every locale's draft in step with the locale an editor changes, and gives
 * a new locale the relations its document already has.
 */
const syncing = new AsyncLocalStorage<true>();

interface RelationAttribute {
  type: 'relation';
  relation: string;
  target: string;
}

const relationAttributes = (call: DocumentCall): Array<[string, RelationAttribute]> =>
  Object.entries(call.contentType.attributes).flatMap(([name, attribute]): Array<[string, RelationAttribute]> => {
    const { type, relation, target } = attribute as { type: string; relation?: string; target?: unknown };
    return type === 'relation' && relation && typeof target === 'string' ? [[name, { type, relation, target }]] : [];
  });

/** Relation input that changes nothing: absent, or connect/disconnect lists with nothing in them. */
const changesNothing = (value: unknown): boolean => {
  if (value === undefined) return true;
  if (value === null || Array.isArray(value) || typeof value !== 'object') return false;
  const { connect, disconnect, set } = value as Record<string, unknown>;
  const empty = (part: unknown) => part === undefined || (Array.isArray(part) && part.length === 0);
  return set === undefined && empty(connect) && empty(disconnect);
};

/** On a new locale, an empty relation is the admin's blank form, not a decision to have no relation. */
const givesNoRelation = (value: unknown): boolean =>
  changesNothing(value) || value === null || (Array.isArray(value) && value.length === 0);

export function registerSharedRelations(strapi: Core.Strapi): void {
  const relatedDocumentIds = async (uid: string, rowId: number, attribute: string): Promise<string[]> => {
    const row = (await strapi.db.query(uid as UID.Schema).findOne({
      where: { id: rowId },
      populate: { [attribute]: { select: ['documentId'] } },
    })) as Record<string, unknown> | null;
    const value = row?.[attribute];
    const related = Array.isArray(value) ? value : value ? [value] : [];
    return related.map((entry) => (entry as { documentId: string }).documentId);
  };

  /** The targets that exist in `locale`: a relation can only point at a version in the same language. */
  const availableIn = async (target: string, documentIds: string[], locale: string): Promise<string[]> => {
    if (documentIds.length === 0) return [];
    const rows = (await strapi.db.query(target as UID.Schema).findMany({
      where: { documentId: { $in: documentIds }, locale, publishedAt: null },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    const available = new Set(rows.map((row) => row.documentId));
    return documentIds.filter((documentId) => available.has(documentId));
  };

  const asInput = (attribute: RelationAttribute, documentIds: string[]) =>
    attribute.relation.endsWith('ToMany') ? documentIds : (documentIds[0] ?? null);

  useDocumentMiddleware(strapi, async (call, next) => {
    const data = call.params.data;
    const documentId = call.params.documentId;
    if (call.action !== 'update' || !data || !documentId || syncing.getStore()) return next();
    const i18n = (call.contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n;
    if (i18n?.localized !== true) return next();

    const locale = await callLocale(strapi, call.params.locale);
    const rows = await findDraftLocales(strapi, call.uid, documentId);
    const others = rows.filter((row) => row.locale !== locale);
    if (others.length === 0) return next();
    const relations = relationAttributes(call);

    if (others.length === rows.length) {
      // A new locale of an existing document: it starts with the relations the document already has.
      for (const [name, attribute] of relations) {
        if (!givesNoRelation(data[name])) continue;
        const ids = await availableIn(attribute.target, await relatedDocumentIds(call.uid, others[0].id, name), locale);
        data[name] = asInput(attribute, ids);
      }
      return next();
    }

    const changed = relations.filter(([name]) => !changesNothing(data[name]));
    const result = await next();
    if (changed.length === 0) return result;

    const updated = (await findDraftLocales(strapi, call.uid, documentId)).find((row) => row.locale === locale);
    if (!updated) return result;
    const changedTargets = await Promise.all(
      changed.map(async ([name, attribute]) => ({ name, attribute, ids: await relatedDocumentIds(call.uid, updated.id, name) })),
    );
    const service = strapi.documents(call.uid as UID.ContentType);
    await syncing.run(true, async () => {
      for (const other of others) {
        const otherData: Record<string, unknown> = {};
        for (const { name, attribute, ids } of changedTargets) {
          otherData[name] = asInput(attribute, await availableIn(attribute.target, ids, other.locale));
        }
        // The document service's params are typed per content-type UID; this call is generic over our types.
        await service.update({ documentId, locale: other.locale, data: otherData } as never);
      }
    });
    return result;
  });
}
