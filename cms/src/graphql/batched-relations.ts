import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/**
 * Batches the GraphQL plugin's relation loads: one database query per relation field and level of a GraphQL request,
 * instead of one per parent row (the N+1 that made the people listing, 24 people with photos and teams, cost 113
 * queries; it costs 23).
 *
 * The plugin resolves every relation, media and component field by calling the entity manager's `load(uid, parent,
 * field, query)` for each parent. Within a GraphQL request, calls for the same field and query are collected and
 * answered by one `findMany` that populates the field for all their parents. They are sent when none of the request's
 * database queries is running any more: the rows a running query brings will ask for more loads, which join the same
 * batch, so a request's batches (and its query count) do not depend on which answer arrives first.
 *
 * The database layer applies a populate's `limit`/`offset` to all parents together, not to each, so those are dropped
 * from the batched query and applied per parent afterwards. A count query checks first that doing so fetches not much
 * more than the pages asked for; if a few parents hold huge lists (a category with thousands of articles, say), each
 * parent is loaded on its own as before. Anything unusual (several fields, a transaction, a query that is not plain
 * data) also goes the original way.
 */
type Populate = Record<string, unknown>;
type Load = (uid: string, entity: { id?: unknown }, fields: string | string[], populate?: unknown) => Promise<unknown>;
type EntityManager = { load: Load; findMany(uid: string, params: Populate): Promise<Array<Record<string, unknown>>> };

interface PendingLoad {
  id: number | string;
  entity: { id?: unknown };
  /** The query as the resolver gave it, for loading this parent on its own. */
  query: unknown;
  offset: number;
  limit: number | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Batch {
  uid: string;
  field: string;
  query: Populate;
  toMany: boolean;
  loads: PendingLoad[];
}

/** How many more rows than the pages asked for a batched query may fetch before parents are loaded one by one. */
const OVERFETCH_ALLOWANCE = 200;

/** What a GraphQL request is waiting for: its loads not yet sent, and how many of its database queries are running. */
interface RequestScope {
  batches: Map<string, Batch>;
  running: number;
  sendScheduled: boolean;
  fallback?: NodeJS.Timeout;
}

/** A safety net: should a query's end never be reported, waiting loads are sent after this long anyway. */
const LONGEST_WAIT_MS = 2000;

const requestScopes = new AsyncLocalStorage<RequestScope>();

/** Plain data only (what JSON can round-trip): a query holding functions or raw SQL is never merged with another. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(isPlainData);
  return false;
}

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

export function registerBatchedRelations(strapi: Core.Strapi) {
  // The entity manager is not part of Strapi's typed API; only the two methods used here are relied on.
  const manager = strapi.db.entityManager as unknown as EntityManager;
  const loadOne: Load = manager.load.bind(manager);

  const loadOneByOne = (batch: Batch) =>
    Promise.all(
      batch.loads.map((pending) =>
        loadOne(batch.uid, pending.entity, batch.field, pending.query).then(pending.resolve, pending.reject),
      ),
    );

  const run = async (batch: Batch) => {
    const ids = [...new Set(batch.loads.map((pending) => pending.id))];
    const populate = Object.keys(batch.query).length > 0 ? batch.query : true;
    if (batch.toMany && batch.loads.some((pending) => pending.limit !== undefined)) {
      const { orderBy: _order, ...countQuery } = batch.query;
      const counts = await manager.findMany(batch.uid, {
        select: ['id'],
        where: { id: { $in: ids } },
        populate: { [batch.field]: { ...countQuery, count: true } },
      });
      const sizes = new Map(counts.map((row) => [row.id as number | string, (row[batch.field] as { count?: number } | undefined)?.count ?? 0]));
      const fetched = [...sizes.values()].reduce((sum, size) => sum + size, 0);
      const wanted = batch.loads.reduce((sum, pending) => sum + Math.min(sizes.get(pending.id) ?? 0, pending.offset + (pending.limit ?? Infinity)), 0);
      if (fetched > wanted + OVERFETCH_ALLOWANCE) return loadOneByOne(batch);
    }
    const rows = await manager.findMany(batch.uid, { select: ['id'], where: { id: { $in: ids } }, populate: { [batch.field]: populate } });
    const byId = new Map(rows.map((row) => [row.id as number | string, row[batch.field]]));
    for (const pending of batch.loads) {
      const value = byId.has(pending.id) ? byId.get(pending.id) : null;
      const page =
        Array.isArray(value) && batch.toMany
          ? value.slice(pending.offset, pending.limit === undefined ? undefined : pending.offset + pending.limit)
          : value;
      // Each parent gets its own copy, as it would from its own query: resolvers may change what they are given.
      pending.resolve(page === undefined || page === null ? page : structuredClone(page));
    }
  };

  const send = (scope: RequestScope) => {
    clearTimeout(scope.fallback);
    scope.fallback = undefined;
    const ready = [...scope.batches.values()];
    scope.batches.clear();
    for (const batch of ready) {
      (batch.loads.length === 1 ? loadOneByOne(batch) : run(batch)).catch((error: unknown) => batch.loads.forEach((pending) => pending.reject(error)));
    }
  };

  /** Sends the waiting loads at the end of this turn if no query of the request is running then (else when the last ends). */
  const sendWhenIdle = (scope: RequestScope) => {
    if (scope.sendScheduled || scope.batches.size === 0) return;
    scope.sendScheduled = true;
    setImmediate(() => {
      scope.sendScheduled = false;
      if (scope.running === 0) send(scope);
      else scope.fallback ??= setTimeout(() => send(scope), LONGEST_WAIT_MS);
    });
  };

  // Which request each running query belongs to (knex reports a query's start in its caller's context, not its end).
  const queryScopes = new Map<string, RequestScope>();
  const queryEnded = (query: { __knexQueryUid?: string } | undefined) => {
    const scope = query?.__knexQueryUid ? queryScopes.get(query.__knexQueryUid) : undefined;
    if (!scope || !query?.__knexQueryUid) return;
    queryScopes.delete(query.__knexQueryUid);
    scope.running -= 1;
    if (scope.running === 0) sendWhenIdle(scope);
  };
  strapi.db.connection.on('query', (query: { __knexQueryUid?: string }) => {
    const scope = requestScopes.getStore();
    if (!scope || !query.__knexQueryUid) return;
    queryScopes.set(query.__knexQueryUid, scope);
    scope.running += 1;
  });
  strapi.db.connection.on('query-response', (_response: unknown, query: { __knexQueryUid?: string }) => queryEnded(query));
  strapi.db.connection.on('query-error', (_error: unknown, query: { __knexQueryUid?: string }) => queryEnded(query));

  manager.load = (uid, entity, fields, query) => {
    const scope = requestScopes.getStore();
    const id = entity?.id;
    const attribute = strapi.db.metadata.get(uid as never)?.attributes[fields as string] as { type?: string; relation?: string } | undefined;
    const plainQuery = query === undefined || query === true ? {} : query;
    if (
      !scope ||
      typeof fields !== 'string' ||
      (typeof id !== 'number' && typeof id !== 'string') ||
      attribute?.type !== 'relation' ||
      strapi.db.inTransaction() ||
      !isPlainData(plainQuery) ||
      typeof plainQuery !== 'object' ||
      'count' in (plainQuery as Populate)
    ) {
      return loadOne(uid, entity, fields, query);
    }
    const { offset, limit, ...rest } = plainQuery as Populate;
    const key = JSON.stringify([uid, fields, rest]);
    return new Promise((resolve, reject) => {
      let batch = scope.batches.get(key);
      if (!batch) {
        batch = { uid, field: fields, query: rest, toMany: /Many$/.test(attribute.relation ?? ''), loads: [] };
        scope.batches.set(key, batch);
      }
      batch.loads.push({ id, entity, query, offset: count(offset) ?? 0, limit: count(limit), resolve, reject });
      sendWhenIdle(scope);
    });
  };

  // Every GraphQL request gets its own batches, so nothing is shared between requests or with other routes.
  strapi.server.use(async (ctx, next) =>
    ctx.path === '/graphql' ? requestScopes.run({ batches: new Map(), running: 0, sendScheduled: false }, next) : next(),
  );
}
