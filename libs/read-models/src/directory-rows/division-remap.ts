import { type Queryable, schemaIdentifier } from '../queryable';
import { currentDivision, type DivisionMerges } from './directory-event';

/**
 * After a merge, every row placed in a division by `recordedColumn` is placed again, in
 * `currentColumn`, in the division that id now answers as. Rows written later are placed as
 * they are written, so the result does not depend on whether the merge came first.
 */
export async function remapDivisionColumn(
  db: Queryable,
  schema: string,
  table: string,
  columns: Readonly<{ current: string; recorded: string }>,
  tenantId: string,
  merges: DivisionMerges,
): Promise<void> {
  const recorded = [...merges.keys()];
  if (recorded.length === 0) return;
  const current = recorded.map((id) => currentDivision(id, merges));
  await db.query(
    `UPDATE ${schemaIdentifier(schema)}.${table} t SET ${columns.current} = m.current
       FROM unnest($2::text[], $3::text[]) AS m(recorded, current)
      WHERE t.tenant_id = $1 AND t.${columns.recorded} = m.recorded
        AND t.${columns.current} IS DISTINCT FROM m.current`,
    [tenantId, recorded, current],
  );
}
