import { helpUnitsOf, saveHelpUnits } from '@lib/read-models';
import { declinesSuggesting, refreshDeclineCredit, refreshFulfilmentUnits } from './help-acts';
import { observeDivision } from './divisions';
import type { EventOf, InputEvent } from './input-event';
import type { InputWriters, WriteContext } from './writer';

// Peer events: the requests (load, latency, reliability, SLA breaches, the matrix) and the acts of
// help they and presentations record (the tie ledger). One request's events arrive in order.

async function observe(
  context: WriteContext,
  event: InputEvent,
  ...snapshots: readonly (readonly [string, string])[]
): Promise<void> {
  for (const [leaderId, divisionId] of snapshots) {
    const changed = await observeDivision(
      context.db,
      context.s,
      event,
      { leaderId, divisionId },
      context.asOf,
    );
    if (changed) context.touched.allProjects = true;
  }
}

/** Updates the request row and notes the matrix cell and project its change reaches. */
async function updateRequest(
  context: WriteContext,
  event: InputEvent<{ requestId: string }>,
  set: string,
  values: unknown[] = [],
): Promise<void> {
  const { rows } = await context.db.query<{
    requester_div_id: string;
    recipient_div_id: string;
    project_id: string | null;
  }>(
    `UPDATE ${context.s}.in_peer_requests SET ${set} WHERE tenant_id = $1 AND request_id = $2
     RETURNING requester_div_id, recipient_div_id, project_id`,
    [event.tenantId, event.data.requestId, ...values],
  );
  for (const row of rows) {
    context.touched.divisions(row.requester_div_id, row.recipient_div_id).project(row.project_id);
  }
}

const answered = (status: string) =>
  `status = '${status}', first_response_at = COALESCE(first_response_at, $3),
   responded_at = COALESCE(responded_at, $3)`;

export const peerInputs: InputWriters = {
  PeerRequestRaised: async (context, event: EventOf<'PeerRequestRaised'>) => {
    const d = event.data;
    await context.db.query(
      `INSERT INTO ${context.s}.in_peer_requests (tenant_id, request_id, requester_id, requester_div_id,
         recipient_id, recipient_div_id, effort, project_id, raised_at, respond_by, due_at, status,
         recipient_since, raised_event_id, raised_recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'raised', $9, $12, $13)
       ON CONFLICT (tenant_id, request_id) DO NOTHING`,
      [
        event.tenantId,
        d.requestId,
        d.requesterId,
        d.requesterDivId,
        d.recipientId,
        d.recipientDivId,
        d.effort,
        d.projectId ?? null,
        event.occurredAt,
        d.respondBy,
        d.dueAt,
        event.eventId,
        event.recordedAt,
      ],
    );
    context.touched.divisions(d.requesterDivId, d.recipientDivId).project(d.projectId);
    await observe(
      context,
      event,
      [d.requesterId, d.requesterDivId],
      [d.recipientId, d.recipientDivId],
    );
  },
  PeerRequestAccepted: async (context, event: EventOf<'PeerRequestAccepted'>) => {
    await updateRequest(context, event, `${answered('accepted')}, accepted = true`, [
      event.occurredAt,
    ]);
    await observe(context, event, [event.data.recipientId, event.data.recipientDivId]);
  },
  PeerRequestDeclined: async (context, event: EventOf<'PeerRequestDeclined'>) => {
    const d = event.data;
    await updateRequest(
      context,
      event,
      `${answered('declined')}, declined_by = $4, declined_div_id = $5, declined_at = $3, suggested_peer_id = $6`,
      [event.occurredAt, d.recipientId, d.recipientDivId, d.suggestedPeerId ?? null],
    );
    await refreshDeclineCredit(context, event.tenantId, d.requestId);
    await observe(context, event, [d.recipientId, d.recipientDivId]);
    if (d.suggestedPeerId && d.suggestedPeerDivId)
      await observe(context, event, [d.suggestedPeerId, d.suggestedPeerDivId]);
  },
  PeerRequestRedirected: async (context, event: EventOf<'PeerRequestRedirected'>) => {
    const d = event.data;
    await context.db.query(
      `INSERT INTO ${context.s}.in_request_redirects (tenant_id, request_id, hop, from_id, from_div_id,
         to_id, to_div_id, at, event_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        event.tenantId,
        d.requestId,
        d.hop,
        d.fromId,
        d.fromDivId,
        d.toId,
        d.toDivId,
        event.occurredAt,
        event.eventId,
        event.recordedAt,
      ],
    );
    // The old cell loses the request and the new one gains it: both are derived again.
    await updateRequest(context, event, 'first_response_at = COALESCE(first_response_at, $3)', [
      event.occurredAt,
    ]);
    await updateRequest(
      context,
      event,
      `recipient_id = $3, recipient_div_id = $4, recipient_since = $5, status = 'raised',
       responded_at = NULL`,
      [d.toId, d.toDivId, event.occurredAt],
    );
    await observe(context, event, [d.fromId, d.fromDivId], [d.toId, d.toDivId]);
  },
  PeerRequestFulfilled: async (context, event: EventOf<'PeerRequestFulfilled'>) => {
    const d = event.data;
    await updateRequest(
      context,
      event,
      `${answered('fulfilled')}, fulfilled_at = $3, fulfilled_by = $4, fulfilled_div_id = $5,
       fulfilled_event_id = $6, fulfilled_recorded_at = $7`,
      [event.occurredAt, d.recipientId, d.recipientDivId, event.eventId, event.recordedAt],
    );
    await refreshFulfilmentUnits(context, event.tenantId, d.requestId);
    for (const declined of await declinesSuggesting(context, event.tenantId, d.requestId)) {
      await refreshDeclineCredit(context, event.tenantId, declined);
    }
    await observe(context, event, [d.recipientId, d.recipientDivId]);
  },
  PeerRequestAcknowledged: async (context, event: EventOf<'PeerRequestAcknowledged'>) => {
    await updateRequest(
      context,
      event,
      `status = 'acknowledged', helpfulness = $3, acknowledged_event_id = $4, acknowledged_recorded_at = $5`,
      [event.data.helpfulness, event.eventId, event.recordedAt],
    );
    await refreshFulfilmentUnits(context, event.tenantId, event.data.requestId);
  },
  PeerRequestWithdrawn: (context, event: EventOf<'PeerRequestWithdrawn'>) =>
    updateRequest(context, event, `status = 'withdrawn'`),
  PeerRequestExpired: (context, event: EventOf<'PeerRequestExpired'>) =>
    updateRequest(context, event, `status = 'expired'`),
  PeerRequestResponseSlaBreached: (context, event: EventOf<'PeerRequestResponseSlaBreached'>) =>
    recordBreach(context, event, event.data.slaAt),
  PeerRequestDeliverySlaBreached: (context, event: EventOf<'PeerRequestDeliverySlaBreached'>) =>
    recordBreach(context, event, event.data.dueAt),
  PresentationDelivered: async (context, event: EventOf<'PresentationDelivered'>) => {
    await presentationDelivered(context, event);
  },
};

async function recordBreach(
  context: WriteContext,
  event: InputEvent<{ requestId: string; recipientId: string; recipientDivId: string }>,
  slaAt: string,
): Promise<void> {
  const d = event.data;
  await context.db.query(
    `INSERT INTO ${context.s}.in_sla_breaches (tenant_id, event_id, event_type, request_id, recipient_id,
       recipient_div_id, sla_at, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      event.tenantId,
      event.eventId,
      event.type,
      d.requestId,
      d.recipientId,
      d.recipientDivId,
      slaAt,
      event.recordedAt,
    ],
  );
  const { rows } = await context.db.query<{
    requester_div_id: string;
    recipient_div_id: string;
    project_id: string | null;
  }>(
    `SELECT requester_div_id, recipient_div_id, project_id FROM ${context.s}.in_peer_requests
      WHERE tenant_id = $1 AND request_id = $2`,
    [event.tenantId, d.requestId],
  );
  for (const row of rows) {
    context.touched.divisions(row.requester_div_id, row.recipient_div_id).project(row.project_id);
  }
}

async function presentationDelivered(
  context: WriteContext,
  event: EventOf<'PresentationDelivered'>,
): Promise<void> {
  const d = event.data;
  const lines = helpUnitsOf(
    { kind: 'presentation_delivered', hostId: d.hostId, presenterId: d.presenterId },
    `presentation:${d.invitationId}`,
    { [d.hostId]: d.hostDivId, [d.presenterId]: d.presenterDivId },
    event.occurredAt,
    { eventId: event.eventId, type: event.type, recordedAt: event.recordedAt },
    context.rules,
  );
  await saveHelpUnits(context.db, context.s, event.tenantId, lines);
  for (const line of lines) context.touched.tie(line.giverId, line.receiverId);
  context.touched.divisions(d.hostDivId, d.presenterDivId);
  await observe(context, event, [d.hostId, d.hostDivId], [d.presenterId, d.presenterDivId]);
}
