import type { Criticality } from '@lib/domain';
import {
  type NeedDeclaration,
  type PromiseEntry,
  saveSupportCommitment,
  supportCommitmentRow,
} from '@lib/read-models';
import { DivisionMap } from '../inputs/divisions';
import type { DeriveContext } from './derive-context';

/** Derives the commitment ledger rows of the given needs (every need of the tenant with `all`). */
export async function refreshCommitments(
  context: DeriveContext,
  needIds: readonly string[],
  all: boolean,
): Promise<void> {
  const { db, s, tenantId } = context;
  const divisions = await DivisionMap.load(db, s, tenantId);
  const declarations = await loadDeclarations(context, all ? null : needIds, divisions);
  const histories = await loadHistories(
    context,
    declarations.map((d) => d.needId),
  );
  for (const declaration of declarations) {
    const row = supportCommitmentRow(
      tenantId,
      declaration,
      histories.get(declaration.needId) ?? [],
      context.rules.version,
    );
    await saveSupportCommitment(db, s, row);
  }
}

export async function loadDeclarations(
  { db, s, tenantId }: DeriveContext,
  needIds: readonly string[] | null,
  divisions: DivisionMap,
  projectIds?: readonly string[],
): Promise<NeedDeclaration[]> {
  const { rows } = await db.query<{
    need_id: string;
    project_id: string;
    supporting_div_id: string;
    home_div_id: string;
    key_contact_id: string | null;
    criticality: Criticality;
    capacity: number;
    needed_by: Date;
    declared_at: Date;
  }>(
    `SELECT * FROM ${s}.in_support_needs WHERE tenant_id = $1
       AND ($2::text[] IS NULL OR need_id = ANY($2))
       AND ($3::text[] IS NULL OR project_id = ANY($3))
     ORDER BY need_id`,
    [tenantId, needIds, projectIds ?? null],
  );
  return rows.map((row) => ({
    needId: row.need_id,
    projectId: row.project_id,
    supportingDivId: divisions.current(row.supporting_div_id),
    homeDivId: divisions.current(row.home_div_id),
    keyContactId: row.key_contact_id,
    criticality: row.criticality,
    capacity: row.capacity,
    neededBy: row.needed_by.toISOString(),
    declaredAt: row.declared_at.toISOString(),
  }));
}

export async function loadHistories(
  { db, s, tenantId }: DeriveContext,
  needIds: readonly string[],
): Promise<Map<string, PromiseEntry[]>> {
  const { rows } = await db.query<{
    need_id: string;
    event_id: string;
    event_type: string;
    stream_version: number;
    occurred_at: Date;
    recorded_at: Date;
    deliver_by: Date | null;
    capacity: number | null;
    reason_code: string | null;
  }>(
    `SELECT * FROM ${s}.in_support_need_events WHERE tenant_id = $1 AND need_id = ANY($2)
     ORDER BY need_id, stream_version, event_id`,
    [tenantId, needIds],
  );
  const histories = new Map<string, PromiseEntry[]>();
  for (const row of rows) {
    const history = histories.get(row.need_id) ?? [];
    history.push({
      eventId: row.event_id,
      type: row.event_type,
      streamVersion: row.stream_version,
      occurredAt: row.occurred_at.toISOString(),
      recordedAt: row.recorded_at.toISOString(),
      deliverBy: row.deliver_by?.toISOString() ?? null,
      capacity: row.capacity,
      reasonCode: row.reason_code,
    });
    histories.set(row.need_id, history);
  }
  return histories;
}
