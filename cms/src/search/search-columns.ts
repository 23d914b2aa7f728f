import type { Core } from '@strapi/strapi';
import { toSearchColumn } from './normalise';
import type { SearchableType } from './searchable-types';

/**
 * Keeps the hidden searchTitle / searchText columns of searchable rows in step with their text. They are derived
 * data, computed in JavaScript (the normalisation is not portable SQL) and written with plain SQL, many rows per
 * statement: neither an editor nor the API can write them (the attributes are private, hidden and not writable).
 */
const BATCH = 500;

type Row = Record<string, unknown> & { id: number };

/** The table (schema-qualified, and its bare name) and column names of a type, as Strapi's database layer maps them. */
export function searchTable(strapi: Core.Strapi, searchable: SearchableType) {
  const meta = strapi.db.metadata.get(searchable.uid);
  const column = (attribute: string): string => {
    const name = (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName;
    if (!name) throw new Error(`search: ${searchable.uid} has no column for "${attribute}"`);
    return name;
  };
  const schema = strapi.db.getSchemaName();
  return { table: schema ? `${schema}.${meta.tableName}` : meta.tableName, name: meta.tableName, column };
}

/** Rows matching `where`, in batches by id, each batch's columns rewritten in one statement. Returns rows written. */
export async function refreshSearchColumns(
  strapi: Core.Strapi,
  searchable: SearchableType,
  where: Record<string, unknown>,
): Promise<number> {
  const { table, column } = searchTable(strapi, searchable);
  let lastId = 0;
  let written = 0;
  for (;;) {
    const rows = (await strapi.db.query(searchable.uid).findMany({
      where: { ...where, id: { $gt: lastId } },
      orderBy: { id: 'asc' },
      limit: BATCH,
      populate: searchable.populate.length > 0 ? searchable.populate : undefined,
    })) as Row[];
    if (rows.length === 0) return written;
    const values = rows.map((row) => {
      const title = searchable.title(row);
      return [row.id, toSearchColumn(title), toSearchColumn([...title, ...searchable.body(row)])];
    });
    // UPDATE ... FROM (VALUES ...) is the same SQL on SQLite (3.33+) and PostgreSQL; VALUES columns are named
    // column1, column2... by both.
    await strapi.db.transaction(({ trx }) =>
      trx.raw(
        `UPDATE ?? SET ?? = v.column2, ?? = v.column3 FROM (VALUES ${values.map(() => '(CAST(? AS integer), ?, ?)').join(', ')}) AS v WHERE ??.?? = v.column1`,
        [table, column('searchTitle'), column('searchText'), ...values.flat(), table, 'id'],
      ),
    );
    written += rows.length;
    lastId = rows[rows.length - 1].id;
  }
}
