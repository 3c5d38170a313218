import type { EventOf, InputEvent } from './input-event';
import { type InputWriters, observe, type WriteContext } from './writer';

// Strategy events: projects and their status (R7), support needs and every promise made on them
// (R2, R6, the commitment ledger), and the divisions' rankings (R1).

async function updateProject(
  context: WriteContext,
  event: InputEvent<{ projectId: string }>,
  set: string,
  values: unknown[],
): Promise<void> {
  await context.db.query(
    `UPDATE ${context.s}.in_projects SET ${set} WHERE tenant_id = $1 AND project_id = $2`,
    [event.tenantId, event.data.projectId, ...values],
  );
  context.touched.project(event.data.projectId);
}

type NeedEvent = InputEvent<{ needId: string; projectId: string }>;

/** Appends to the need's commitment history: promises are kept, never edited (domain README §7 item 6). */
async function recordPromise(
  context: WriteContext,
  event: NeedEvent,
  terms: Readonly<{ deliverBy?: string; capacity?: number; reasonCode?: string }> = {},
): Promise<void> {
  await context.db.query(
    `INSERT INTO ${context.s}.in_support_need_events (tenant_id, need_id, event_id, stream_version,
       event_type, occurred_at, recorded_at, deliver_by, capacity, reason_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
    [
      event.tenantId,
      event.data.needId,
      event.eventId,
      event.streamVersion,
      event.type,
      event.occurredAt,
      event.recordedAt,
      terms.deliverBy ?? null,
      terms.capacity ?? null,
      terms.reasonCode ?? null,
    ],
  );
  context.touched.need(event.data.needId).project(event.data.projectId);
}

export const strategyInputs: InputWriters = {
  StrategicProjectRegistered: async (context, event: EventOf<'StrategicProjectRegistered'>) => {
    const d = event.data;
    await context.db.query(
      `INSERT INTO ${context.s}.in_projects (tenant_id, project_id, owner_id, home_div_id, registered_at,
         registered_event_id, registered_recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [
        event.tenantId,
        d.projectId,
        d.ownerId,
        d.homeDivId,
        event.occurredAt,
        event.eventId,
        event.recordedAt,
      ],
    );
    context.touched.project(d.projectId);
    observe(context, event, d.ownerId, d.homeDivId);
  },
  ProjectStatusReported: (context, event: EventOf<'ProjectStatusReported'>) =>
    updateProject(
      context,
      event,
      `status_rag = $3, status_confidence = $4, status_at = $5, status_event_id = $6, status_recorded_at = $7`,
      [event.data.rag, event.data.confidence, event.occurredAt, event.eventId, event.recordedAt],
    ),
  ProjectOwnerChanged: async (context, event: EventOf<'ProjectOwnerChanged'>) => {
    await updateProject(context, event, 'owner_id = $3', [event.data.ownerId]);
    observe(context, event, event.data.ownerId, event.data.ownerDivId);
  },
  ProjectClosed: (context, event: EventOf<'ProjectClosed'>) =>
    updateProject(context, event, 'closed = true', []),
  SupportNeedDeclared: async (context, event: EventOf<'SupportNeedDeclared'>) => {
    const d = event.data;
    await context.db.query(
      `INSERT INTO ${context.s}.in_support_needs (tenant_id, need_id, project_id, supporting_div_id,
         home_div_id, key_contact_id, capacity, needed_by, criticality, declared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        event.tenantId,
        d.needId,
        d.projectId,
        d.supportingDivId,
        d.homeDivId,
        d.keyContactId ?? null,
        d.capacity,
        d.neededBy,
        d.criticality,
        event.occurredAt,
      ],
    );
    await recordPromise(context, event, { capacity: d.capacity });
    if (d.keyContactId) observe(context, event, d.keyContactId, d.supportingDivId);
  },
  SupportCommitted: (context, event: EventOf<'SupportCommitted'>) =>
    recordPromise(context, event, event.data),
  SupportCounterProposed: (context, event: EventOf<'SupportCounterProposed'>) =>
    recordPromise(context, event, event.data),
  SupportCounterAccepted: (context, event: EventOf<'SupportCounterAccepted'>) =>
    recordPromise(context, event, event.data),
  SupportDeclined: (context, event: EventOf<'SupportDeclined'>) =>
    recordPromise(context, event, { reasonCode: event.data.reasonCode }),
  SupportSlipped: (context, event: EventOf<'SupportSlipped'>) =>
    recordPromise(context, event, { deliverBy: event.data.newDeliverBy }),
  SupportDelivered: (context, event: EventOf<'SupportDelivered'>) => recordPromise(context, event),
  SupportNeedWithdrawn: (context, event: EventOf<'SupportNeedWithdrawn'>) =>
    recordPromise(context, event),
  DivisionPortfolioRanked: async (context, event: EventOf<'DivisionPortfolioRanked'>) => {
    const d = event.data;
    await context.db.query(
      `INSERT INTO ${context.s}.in_portfolios (tenant_id, division_id, cycle_id, revision, items,
         occurred_at, event_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, division_id, cycle_id) DO UPDATE SET revision = EXCLUDED.revision,
         items = EXCLUDED.items, occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id,
         recorded_at = EXCLUDED.recorded_at
       WHERE ${context.s}.in_portfolios.revision < EXCLUDED.revision`,
      [
        event.tenantId,
        d.divisionId,
        d.cycleId,
        d.revision,
        JSON.stringify(d.items.map(({ kind, ref }) => ({ kind, ref }))),
        event.occurredAt,
        event.eventId,
        event.recordedAt,
      ],
    );
    // A ranking moves π of every project homed in, and every need addressed to, the division.
    context.touched.allProjects = true;
  },
};
