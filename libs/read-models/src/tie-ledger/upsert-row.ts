import type { Queryable } from '../queryable';

/** INSERT … ON CONFLICT DO UPDATE of every column but the key. */
export async function upsertReadModelRow(
  db: Queryable,
  table: string,
  key: readonly string[],
  columns: Readonly<Record<string, unknown>>,
): Promise<void> {
  const names = Object.keys(columns);
  const updates = names.filter((name) => !key.includes(name));
  await db.query(
    `INSERT INTO ${table} (${names.join(', ')})
     VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (${key.join(', ')}) DO ${
       updates.length === 0
         ? 'NOTHING'
         : `UPDATE SET ${updates.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}`
     }`,
    Object.values(columns),
  );
}
