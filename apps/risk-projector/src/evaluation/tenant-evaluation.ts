import { inTransaction } from '@lib/event-store';
import type { ScoringRules } from '@lib/domain';
import { type Queryable, schemaIdentifier } from '@lib/read-models';
import type { Pool } from 'pg';
import type { DeriveContext } from '../derivations/derive-context';
import { refreshProjectRisks } from '../derivations/project-risks';
import { recordEvaluation } from './evaluations.schema';
import { evaluatePeerLoads } from './peer-loads';
import { evaluateSocialCapital } from './social-capital';

/**
 * Serialises whatever writes a tenant's rows: the batches applying its events, from their start to
 * their commit, and its evaluations. No row is derived from inputs another transaction is still
 * writing, nor as of an instant an evaluation has just replaced. Held to the transaction's end.
 */
export async function lockTenant(db: Queryable, s: string, tenantId: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `risk-evaluation:${s}:${tenantId}`,
  ]);
}

/**
 * Evaluates everything of a tenant that depends on the present, as of `now`: loads and overload
 * (one daily evaluation per day counts for the hysteresis), then every project's risk. Later rows
 * an event touches are derived as of this same instant until the next evaluation.
 */
export async function evaluateTenant(context: DeriveContext, now: Date): Promise<void> {
  await lockTenant(context.db, context.s, context.tenantId);
  await evaluatePeerLoads(context, now);
  await evaluateSocialCapital(context, now);
  await refreshProjectRisks(context, null, now);
  await recordEvaluation(context.db, context.s, context.tenantId, now);
}

/**
 * Every tenant the projection has seen, each in a transaction of its own: one tenant's failure
 * leaves the others evaluated, and is reported once all have had their turn.
 */
export async function evaluateAllTenants(
  pool: Pool,
  schema: string,
  now: Date,
  rules: ScoringRules,
): Promise<string[]> {
  const s = schemaIdentifier(schema);
  const { rows } = await pool.query<{ tenant_id: string }>(
    `SELECT tenant_id FROM ${s}.in_leader_divisions
     UNION SELECT tenant_id FROM ${s}.in_projects
     UNION SELECT tenant_id FROM ${s}.in_peer_requests
     ORDER BY tenant_id`,
  );
  const failures: unknown[] = [];
  for (const { tenant_id: tenantId } of rows) {
    await inTransaction(pool, (client) =>
      evaluateTenant({ db: client, s, tenantId, rules }, now),
    ).catch((error: unknown) => failures.push(error));
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} tenant evaluation(s) failed`);
  return rows.map((row) => row.tenant_id);
}

/**
 * Evaluates each tenant of `schema` as of the instant `asOfSchema` last evaluated it: a rebuilt
 * schema gets the time-dependent rows the live one shows, before it is swapped in. Time moves on
 * from there with the periodic evaluation.
 */
export async function evaluateAsOf(
  pool: Pool,
  schema: string,
  asOfSchema: string,
  rules: ScoringRules,
): Promise<void> {
  const s = schemaIdentifier(schema);
  const { rows } = await pool.query<{ tenant_id: string; evaluated_at: Date }>(
    `SELECT tenant_id, evaluated_at FROM ${schemaIdentifier(asOfSchema)}.risk_evaluations ORDER BY tenant_id`,
  );
  for (const { tenant_id: tenantId, evaluated_at: at } of rows)
    await inTransaction(pool, (client) => evaluateTenant({ db: client, s, tenantId, rules }, at));
}
