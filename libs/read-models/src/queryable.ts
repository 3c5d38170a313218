import type { QueryResult, QueryResultRow } from 'pg';

/** A pool or a client inside a transaction: projections write through whichever the runner holds. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<R>>;
}

export function schemaIdentifier(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`schema must be a lowercase SQL identifier (got "${schema}")`);
  return schema;
}
