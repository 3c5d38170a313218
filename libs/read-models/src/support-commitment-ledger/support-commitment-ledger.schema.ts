import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
import type { SupportCommitmentRow } from './support-commitment-ledger.projection';

export async function migrateSupportCommitmentLedger(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('support-commitment-ledger:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.support_commitments (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text NOT NULL,
      supporting_div_id text NOT NULL,
      home_div_id text NOT NULL,
      key_contact_id text,
      criticality text NOT NULL,
      capacity double precision NOT NULL,
      needed_by timestamptz NOT NULL,
      declared_at timestamptz NOT NULL,
      state text NOT NULL,
      deliver_by timestamptz,
      offered_deliver_by timestamptz,
      committed_at timestamptz,
      delivered_at timestamptz,
      on_time boolean,
      slips int NOT NULL,
      counter_proposals int NOT NULL,
      decline_reason text,
      promise_history jsonb NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE INDEX IF NOT EXISTS support_commitments_by_division ON ${s}.support_commitments (tenant_id, supporting_div_id);
  `);
}

export async function saveSupportCommitment(
  db: Queryable,
  schema: string,
  row: SupportCommitmentRow,
): Promise<void> {
  const s = schemaIdentifier(schema);
  const columns = {
    tenant_id: row.tenantId,
    need_id: row.needId,
    project_id: row.projectId,
    supporting_div_id: row.supportingDivId,
    home_div_id: row.homeDivId,
    key_contact_id: row.keyContactId,
    criticality: row.criticality,
    capacity: row.capacity,
    needed_by: row.neededBy,
    declared_at: row.declaredAt,
    state: row.state,
    deliver_by: row.deliverBy,
    offered_deliver_by: row.offeredDeliverBy,
    committed_at: row.committedAt,
    delivered_at: row.deliveredAt,
    on_time: row.onTime,
    slips: row.slips,
    counter_proposals: row.counterProposals,
    decline_reason: row.declineReason,
    promise_history: JSON.stringify(row.history),
    rule_version: row.ruleVersion,
  };
  await upsertReadModelRow(db, `${s}.support_commitments`, ['tenant_id', 'need_id'], columns);
}
