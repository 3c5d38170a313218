import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
import type { DailyOverload, PeerLoadRow } from './peer-load.projection';

export async function migratePeerLoad(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('peer-load:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.peer_load (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      window_days int NOT NULL,
      load double precision NOT NULL,
      open int NOT NULL,
      capacity int NOT NULL,
      latency_p50_hours double precision,
      no_response_rate double precision,
      oi double precision NOT NULL,
      terms jsonb NOT NULL,
      trigger text NOT NULL,
      overloaded boolean NOT NULL,
      overloaded_since date,
      evidence jsonb NOT NULL,
      evaluated_at timestamptz NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, leader_id)
    );
    -- One evaluation per leader and day (the day's last): the series the hysteresis reads.
    CREATE TABLE IF NOT EXISTS ${s}.peer_load_daily (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      day date NOT NULL,
      oi double precision NOT NULL,
      PRIMARY KEY (tenant_id, leader_id, day)
    );
  `);
}

export async function savePeerLoad(db: Queryable, schema: string, row: PeerLoadRow): Promise<void> {
  const s = schemaIdentifier(schema);
  await upsertReadModelRow(db, `${s}.peer_load`, ['tenant_id', 'leader_id'], {
    tenant_id: row.tenantId,
    leader_id: row.leaderId,
    window_days: row.windowDays,
    load: row.load,
    open: row.open,
    capacity: row.capacity,
    latency_p50_hours: row.latencyP50Hours,
    no_response_rate: row.noResponseRate,
    oi: row.oi,
    terms: JSON.stringify(row.terms),
    trigger: row.trigger,
    overloaded: row.overloaded,
    overloaded_since: row.overloadedSince,
    evidence: JSON.stringify(row.evidence),
    evaluated_at: row.evaluatedAt,
    rule_version: row.ruleVersion,
  });
  await upsertReadModelRow(db, `${s}.peer_load_daily`, ['tenant_id', 'leader_id', 'day'], {
    tenant_id: row.tenantId,
    leader_id: row.leaderId,
    day: row.evaluatedAt.slice(0, 10),
    oi: row.oi,
  });
}

/** Each leader's daily evaluations before `day`, in day order. */
export async function loadDailyOverloads(
  db: Queryable,
  schema: string,
  tenantId: string,
  day: string,
): Promise<Map<string, DailyOverload[]>> {
  const s = schemaIdentifier(schema);
  const { rows } = await db.query<{ leader_id: string; day: string; oi: number }>(
    `SELECT leader_id, to_char(day, 'YYYY-MM-DD') AS day, oi FROM ${s}.peer_load_daily
      WHERE tenant_id = $1 AND day < $2 ORDER BY leader_id, day`,
    [tenantId, day],
  );
  const series = new Map<string, DailyOverload[]>();
  for (const row of rows) {
    series.set(row.leader_id, [...(series.get(row.leader_id) ?? []), { day: row.day, oi: row.oi }]);
  }
  return series;
}

/** OI of each leader at the tenant's last evaluation. */
export async function loadOverloadIndexes(
  db: Queryable,
  schema: string,
  tenantId: string,
): Promise<Map<string, Readonly<{ oi: number; evidence: PeerLoadRow['evidence'] }>>> {
  const s = schemaIdentifier(schema);
  const { rows } = await db.query<{
    leader_id: string;
    oi: number;
    evidence: PeerLoadRow['evidence'];
  }>(`SELECT leader_id, oi, evidence FROM ${s}.peer_load WHERE tenant_id = $1`, [tenantId]);
  return new Map(rows.map((row) => [row.leader_id, { oi: row.oi, evidence: row.evidence }]));
}
