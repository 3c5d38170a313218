import { type Queryable, schemaIdentifier } from '../queryable';
import type { HelpUnit, TieLedgerRow } from './tie-ledger.projection';

// The SQL behind the tie ledger's entities (tie-ledger.entity.ts maps the same columns). Each
// migration is one query, so one transaction, whose advisory lock keeps starting instances apart.

export async function migrateTieLedger(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('tie-ledger:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.help_units (
      tenant_id text NOT NULL,
      unit_key text NOT NULL,
      giver_id text NOT NULL,
      giver_div_id text,
      receiver_id text NOT NULL,
      receiver_div_id text,
      units double precision NOT NULL,
      at timestamptz NOT NULL,
      event_id text NOT NULL,
      event_type text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, unit_key)
    );
    CREATE INDEX IF NOT EXISTS help_units_by_pair ON ${s}.help_units (tenant_id, giver_id, receiver_id);
    CREATE INDEX IF NOT EXISTS help_units_by_receiver ON ${s}.help_units (tenant_id, receiver_id);
    -- The collaboration matrix sums a division pair's lines again in every batch.
    CREATE INDEX IF NOT EXISTS help_units_by_divisions ON ${s}.help_units (tenant_id, giver_div_id, receiver_div_id);
    CREATE TABLE IF NOT EXISTS ${s}.tie_ledger (
      tenant_id text NOT NULL,
      from_id text NOT NULL,
      to_id text NOT NULL,
      weight double precision NOT NULL,
      first_at timestamptz NOT NULL,
      last_at timestamptz NOT NULL,
      event_count int NOT NULL,
      mean_gap_days double precision,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, from_id, to_id)
    );
  `);
}

/**
 * Writes lines in one statement; a line with the same key (a fulfilled request acknowledged later)
 * is replaced, and of two lines with one key in `lines`, the later one is kept.
 */
export async function saveHelpUnits(
  db: Queryable,
  schema: string,
  tenantId: string,
  lines: readonly HelpUnit[],
): Promise<void> {
  if (lines.length === 0) return;
  const s = schemaIdentifier(schema);
  const byKey = [...new Map(lines.map((line) => [line.unitKey, line])).values()];
  const column = <T>(pick: (line: HelpUnit) => T): T[] => byKey.map(pick);
  await db.query(
    `INSERT INTO ${s}.help_units (tenant_id, unit_key, giver_id, giver_div_id, receiver_id, receiver_div_id,
       units, at, event_id, event_type, recorded_at)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::float8[], $8::timestamptz[], $9::text[], $10::text[], $11::timestamptz[])
     ON CONFLICT (tenant_id, unit_key) DO UPDATE SET
       giver_id = EXCLUDED.giver_id, giver_div_id = EXCLUDED.giver_div_id,
       receiver_id = EXCLUDED.receiver_id, receiver_div_id = EXCLUDED.receiver_div_id,
       units = EXCLUDED.units, at = EXCLUDED.at, event_id = EXCLUDED.event_id,
       event_type = EXCLUDED.event_type, recorded_at = EXCLUDED.recorded_at`,
    [
      tenantId,
      column((line) => line.unitKey),
      column((line) => line.giverId),
      column((line) => line.giverDivId),
      column((line) => line.receiverId),
      column((line) => line.receiverDivId),
      column((line) => line.units),
      column((line) => line.at),
      column((line) => line.evidence.eventId),
      column((line) => line.evidence.type),
      column((line) => line.evidence.recordedAt),
    ],
  );
}

export interface HelpUnitFilter {
  /** Lines given or received by any of these leaders; every line of the tenant when absent. */
  leaderIds?: readonly string[];
  /** Only lines of acts after this instant. */
  after?: string;
}

export async function loadHelpUnits(
  db: Queryable,
  schema: string,
  tenantId: string,
  filter: HelpUnitFilter = {},
): Promise<HelpUnit[]> {
  const s = schemaIdentifier(schema);
  const { rows } = await db.query<HelpUnitRow>(
    `SELECT * FROM ${s}.help_units WHERE tenant_id = $1
       AND ($2::text[] IS NULL OR giver_id = ANY($2) OR receiver_id = ANY($2))
       AND ($3::timestamptz IS NULL OR at > $3)
     ORDER BY at, unit_key`,
    [tenantId, filter.leaderIds ?? null, filter.after ?? null],
  );
  return rows.map(toHelpUnit);
}

/** The lines of the given directed pairs (giver, receiver), in the order a tie folds them. */
export async function loadPairLines(
  db: Queryable,
  schema: string,
  tenantId: string,
  pairs: readonly (readonly [string, string])[],
): Promise<HelpUnit[]> {
  if (pairs.length === 0) return [];
  const s = schemaIdentifier(schema);
  const { rows } = await db.query<HelpUnitRow>(
    `SELECT u.* FROM unnest($2::text[], $3::text[]) AS p(giver_id, receiver_id)
       JOIN ${s}.help_units u
         ON u.tenant_id = $1 AND u.giver_id = p.giver_id AND u.receiver_id = p.receiver_id
      ORDER BY u.at, u.unit_key`,
    [tenantId, pairs.map(([giver]) => giver), pairs.map(([, receiver]) => receiver)],
  );
  return rows.map(toHelpUnit);
}

/**
 * Writes a tenant's derived balances in two statements: the pairs with lines are upserted, the
 * `emptied` ones (no line left) deleted.
 */
export async function saveTieLedgerRows(
  db: Queryable,
  schema: string,
  tenantId: string,
  rows: readonly TieLedgerRow[],
  emptied: readonly (readonly [string, string])[],
): Promise<void> {
  const s = schemaIdentifier(schema);
  if (emptied.length > 0)
    await db.query(
      `DELETE FROM ${s}.tie_ledger t USING unnest($2::text[], $3::text[]) AS e(from_id, to_id)
        WHERE t.tenant_id = $1 AND t.from_id = e.from_id AND t.to_id = e.to_id`,
      [tenantId, emptied.map(([from]) => from), emptied.map(([, to]) => to)],
    );
  if (rows.length === 0) return;
  const column = <T>(pick: (row: TieLedgerRow) => T): T[] => rows.map(pick);
  await db.query(
    `INSERT INTO ${s}.tie_ledger (tenant_id, from_id, to_id, weight, first_at, last_at, event_count,
       mean_gap_days, rule_version)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::timestamptz[],
       $6::timestamptz[], $7::int[], $8::float8[], $9::int[])
     ON CONFLICT (tenant_id, from_id, to_id) DO UPDATE SET
       weight = EXCLUDED.weight, first_at = EXCLUDED.first_at, last_at = EXCLUDED.last_at,
       event_count = EXCLUDED.event_count, mean_gap_days = EXCLUDED.mean_gap_days,
       rule_version = EXCLUDED.rule_version`,
    [
      tenantId,
      column((r) => r.fromId),
      column((r) => r.toId),
      column((r) => r.weight),
      column((r) => r.firstAt),
      column((r) => r.lastAt),
      column((r) => r.eventCount),
      column((r) => r.meanGapDays),
      column((r) => r.ruleVersion),
    ],
  );
}

/** The balances of a tenant, or only those a leader gives or receives. */
export async function loadTieLedger(
  db: Queryable,
  schema: string,
  tenantId: string,
  leaderId?: string,
): Promise<TieLedgerRow[]> {
  const s = schemaIdentifier(schema);
  const { rows } = await db.query<TieRow>(
    `SELECT * FROM ${s}.tie_ledger WHERE tenant_id = $1
       AND ($2::text IS NULL OR from_id = $2 OR to_id = $2)
     ORDER BY from_id, to_id`,
    [tenantId, leaderId ?? null],
  );
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    fromId: row.from_id,
    toId: row.to_id,
    weight: row.weight,
    firstAt: row.first_at.toISOString(),
    lastAt: row.last_at.toISOString(),
    eventCount: row.event_count,
    meanGapDays: row.mean_gap_days,
    ruleVersion: row.rule_version,
  }));
}

interface HelpUnitRow {
  unit_key: string;
  giver_id: string;
  giver_div_id: string | null;
  receiver_id: string;
  receiver_div_id: string | null;
  units: number;
  at: Date;
  event_id: string;
  event_type: string;
  recorded_at: Date;
}

interface TieRow {
  tenant_id: string;
  from_id: string;
  to_id: string;
  weight: number;
  first_at: Date;
  last_at: Date;
  event_count: number;
  mean_gap_days: number | null;
  rule_version: number;
}

function toHelpUnit(row: HelpUnitRow): HelpUnit {
  return {
    unitKey: row.unit_key,
    giverId: row.giver_id,
    giverDivId: row.giver_div_id,
    receiverId: row.receiver_id,
    receiverDivId: row.receiver_div_id,
    units: row.units,
    at: row.at.toISOString(),
    evidence: {
      eventId: row.event_id,
      type: row.event_type,
      recordedAt: row.recorded_at.toISOString(),
    },
  };
}
