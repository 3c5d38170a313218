import type { Queryable } from '@lib/read-models';

/**
 * When each tenant's time-dependent rows were last evaluated. Between evaluations, the rows an
 * event touches are derived again as of this same instant, so every row of a tenant always reads
 * one instant, whatever order the events since arrived in.
 */
export async function migrateEvaluations(db: Queryable, s: string): Promise<void> {
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('risk-evaluations:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.risk_evaluations (
      tenant_id text PRIMARY KEY,
      evaluated_at timestamptz NOT NULL
    );
  `);
}

export async function evaluationInstant(
  db: Queryable,
  s: string,
  tenantId: string,
): Promise<Date | null> {
  const { rows } = await db.query<{ evaluated_at: Date }>(
    `SELECT evaluated_at FROM ${s}.risk_evaluations WHERE tenant_id = $1`,
    [tenantId],
  );
  return rows[0]?.evaluated_at ?? null;
}

export async function recordEvaluation(
  db: Queryable,
  s: string,
  tenantId: string,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.risk_evaluations (tenant_id, evaluated_at) VALUES ($1, $2)
     ON CONFLICT (tenant_id) DO UPDATE SET evaluated_at = EXCLUDED.evaluated_at`,
    [tenantId, at],
  );
}
