import { getMetadataArgsStorage } from 'typeorm';
import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';

type Column = Readonly<{ field: string; name: string; json: boolean }>;

/**
 * How a projector reads and writes the rows of one read model through the runner's transaction.
 * Its table and columns come from the read model's entity, the one declaration of both, so the
 * projector and the readers cannot disagree. Rows are plain data: timestamps as ISO strings, as
 * the pure projections produce them.
 */
export class RowStore<R extends object> {
  private readonly table: string;
  private readonly columns: readonly Column[];
  private readonly keyColumns: readonly Column[];

  constructor(entity: abstract new () => object, key: readonly (keyof R & string)[]) {
    const storage = getMetadataArgsStorage();
    const table = storage.tables.find((args) => args.target === entity)?.name;
    if (!table) throw new Error(`${entity.name} is not an entity with a table name`);
    this.table = table;
    this.columns = storage.columns
      .filter((args) => args.target === entity)
      .map(({ propertyName, options }) => ({
        field: propertyName,
        name: options.name ?? propertyName,
        json: options.type === 'jsonb',
      }));
    this.keyColumns = key.map((field) => {
      const column = this.columns.find((c) => c.field === field);
      if (!column) throw new Error(`${entity.name} has no column for ${field}`);
      return column;
    });
  }

  async load(db: Queryable, schema: string, key: Partial<R>): Promise<R | null> {
    const conditions = this.keyColumns.map((column, i) => `${column.name} = $${i + 1}`);
    const { rows } = await db.query(
      `SELECT * FROM ${schemaIdentifier(schema)}.${this.table} WHERE ${conditions.join(' AND ')}`,
      this.keyColumns.map((column) => key[column.field as keyof R]),
    );
    return rows[0] ? this.fromRecord(rows[0]) : null;
  }

  async save(db: Queryable, schema: string, row: R): Promise<void> {
    const record: Record<string, unknown> = {};
    for (const { field, name, json } of this.columns) {
      const value = (row as Record<string, unknown>)[field];
      if (value === undefined) throw new Error(`a ${this.table} row has no ${field}`);
      record[name] = json ? JSON.stringify(value) : value;
    }
    await upsertReadModelRow(
      db,
      `${schemaIdentifier(schema)}.${this.table}`,
      this.keyColumns.map((column) => column.name),
      record,
    );
  }

  private fromRecord(record: Record<string, unknown>): R {
    const row: Record<string, unknown> = {};
    for (const { field, name } of this.columns) {
      const value = record[name];
      row[field] = value instanceof Date ? value.toISOString() : value;
    }
    return row as R;
  }
}

/** An instant as the read models store it, whatever offset the event wrote it with. */
export function isoInstant(value: string): string {
  return new Date(value).toISOString();
}
