import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
import type { DyadRow, LeaderSocialCapitalRow } from './leader-social-capital.projection';

export async function migrateLeaderSocialCapital(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('leader-social-capital:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.leader_social_capital (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      division_id text,
      score double precision NOT NULL,
      components jsonb NOT NULL,
      give double precision NOT NULL,
      recv double precision NOT NULL,
      evidence jsonb NOT NULL,
      evaluated_at timestamptz NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, leader_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.leader_dyadic_capital (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      division_id text NOT NULL,
      give double precision NOT NULL,
      recv double precision NOT NULL,
      strength double precision NOT NULL,
      balance double precision,
      has_contact boolean NOT NULL,
      value double precision NOT NULL,
      net_credit double precision NOT NULL,
      overdrawn boolean NOT NULL,
      evaluated_at timestamptz NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, leader_id, division_id)
    );
  `);
}

/** Replaces the tenant's social capital and dyads with one evaluation's. */
export async function saveSocialCapital(
  db: Queryable,
  schema: string,
  tenantId: string,
  evaluation: Readonly<{ capital: readonly LeaderSocialCapitalRow[]; dyads: readonly DyadRow[] }>,
): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`DELETE FROM ${s}.leader_social_capital WHERE tenant_id = $1`, [tenantId]);
  await db.query(`DELETE FROM ${s}.leader_dyadic_capital WHERE tenant_id = $1`, [tenantId]);
  for (const row of evaluation.capital) {
    await upsertReadModelRow(db, `${s}.leader_social_capital`, ['tenant_id', 'leader_id'], {
      tenant_id: row.tenantId,
      leader_id: row.leaderId,
      division_id: row.divisionId,
      score: row.score,
      components: JSON.stringify(row.components),
      give: row.give,
      recv: row.recv,
      evidence: JSON.stringify(row.evidence),
      evaluated_at: row.evaluatedAt,
      rule_version: row.ruleVersion,
    });
  }
  for (const dyad of evaluation.dyads) {
    await upsertReadModelRow(
      db,
      `${s}.leader_dyadic_capital`,
      ['tenant_id', 'leader_id', 'division_id'],
      {
        tenant_id: dyad.tenantId,
        leader_id: dyad.leaderId,
        division_id: dyad.divisionId,
        give: dyad.give,
        recv: dyad.recv,
        strength: dyad.strength,
        balance: dyad.balance,
        has_contact: dyad.hasContact,
        value: dyad.value,
        net_credit: dyad.netCredit,
        overdrawn: dyad.overdrawn,
        evaluated_at: dyad.evaluatedAt,
        rule_version: dyad.ruleVersion,
      },
    );
  }
}
