import { helpUnitsOf } from '@lib/read-models';
import type { EventOf, InputEvent } from './input-event';
import type { RequestRow } from './request-rows';
import { type InputWriters, observe, type WriteContext } from './writer';

// Peer events: the requests (load, latency, reliability, SLA breaches, the matrix) and the acts of
// help they and presentations record (the tie ledger). One request's events arrive in order. They
// change the batch's request rows in memory; the rows are written once at the batch's end.

/** Changes the request row and notes the matrix cell and project the changed row reaches. */
function updateRequest(
  context: WriteContext,
  event: InputEvent<{ requestId: string }>,
  change: (row: RequestRow) => void,
): void {
  const row = context.inputs.update(event.data.requestId, change);
  if (row)
    context.touched.divisions(row.requester_div_id, row.recipient_div_id).project(row.project_id);
}

/** The first answer of anyone, and the current recipient's own first answer. */
function answered(row: RequestRow, status: string, at: Date): void {
  row.status = status;
  row.first_response_at ??= at;
  row.responded_at ??= at;
}

const instant = (iso: string) => new Date(iso);

export const peerInputs: InputWriters = {
  PeerRequestRaised: (context, event: EventOf<'PeerRequestRaised'>) => {
    const d = event.data;
    const raisedAt = instant(event.occurredAt);
    context.inputs.raise({
      tenant_id: event.tenantId,
      request_id: d.requestId,
      requester_id: d.requesterId,
      requester_div_id: d.requesterDivId,
      recipient_id: d.recipientId,
      recipient_div_id: d.recipientDivId,
      effort: d.effort,
      project_id: d.projectId ?? null,
      raised_at: raisedAt,
      respond_by: instant(d.respondBy),
      due_at: instant(d.dueAt),
      status: 'raised',
      recipient_since: raisedAt,
      first_response_at: null,
      responded_at: null,
      accepted: false,
      fulfilled_at: null,
      fulfilled_by: null,
      fulfilled_div_id: null,
      fulfilled_event_id: null,
      fulfilled_recorded_at: null,
      helpfulness: null,
      acknowledged_event_id: null,
      acknowledged_recorded_at: null,
      declined_by: null,
      declined_div_id: null,
      declined_at: null,
      suggested_peer_id: null,
      raised_event_id: event.eventId,
      raised_recorded_at: instant(event.recordedAt),
    });
    context.touched.divisions(d.requesterDivId, d.recipientDivId).project(d.projectId);
    observe(context, event, d.requesterId, d.requesterDivId);
    observe(context, event, d.recipientId, d.recipientDivId);
  },
  PeerRequestAccepted: (context, event: EventOf<'PeerRequestAccepted'>) => {
    updateRequest(context, event, (row) => {
      answered(row, 'accepted', instant(event.occurredAt));
      row.accepted = true;
    });
    observe(context, event, event.data.recipientId, event.data.recipientDivId);
  },
  PeerRequestDeclined: (context, event: EventOf<'PeerRequestDeclined'>) => {
    const d = event.data;
    const at = instant(event.occurredAt);
    updateRequest(context, event, (row) => {
      answered(row, 'declined', at);
      row.declined_by = d.recipientId;
      row.declined_div_id = d.recipientDivId;
      row.declined_at = at;
      row.suggested_peer_id = d.suggestedPeerId ?? null;
    });
    context.inputs.refreshDecline(d.requestId);
    observe(context, event, d.recipientId, d.recipientDivId);
    if (d.suggestedPeerId && d.suggestedPeerDivId)
      observe(context, event, d.suggestedPeerId, d.suggestedPeerDivId);
  },
  PeerRequestRedirected: (context, event: EventOf<'PeerRequestRedirected'>) => {
    const d = event.data;
    const at = instant(event.occurredAt);
    context.inputs.redirect({
      requestId: d.requestId,
      hop: d.hop,
      fromId: d.fromId,
      fromDivId: d.fromDivId,
      toId: d.toId,
      toDivId: d.toDivId,
      at: event.occurredAt,
      eventId: event.eventId,
      recordedAt: event.recordedAt,
    });
    // The old cell loses the request and the new one gains it: both are derived again.
    updateRequest(context, event, (row) => {
      row.first_response_at ??= at;
    });
    updateRequest(context, event, (row) => {
      row.recipient_id = d.toId;
      row.recipient_div_id = d.toDivId;
      row.recipient_since = at;
      row.status = 'raised';
      row.responded_at = null;
    });
    observe(context, event, d.fromId, d.fromDivId);
    observe(context, event, d.toId, d.toDivId);
  },
  PeerRequestFulfilled: (context, event: EventOf<'PeerRequestFulfilled'>) => {
    const d = event.data;
    const at = instant(event.occurredAt);
    updateRequest(context, event, (row) => {
      answered(row, 'fulfilled', at);
      row.fulfilled_at = at;
      row.fulfilled_by = d.recipientId;
      row.fulfilled_div_id = d.recipientDivId;
      row.fulfilled_event_id = event.eventId;
      row.fulfilled_recorded_at = instant(event.recordedAt);
    });
    context.inputs.refreshFulfilment(d.requestId);
    context.inputs.refreshSuggestionsFulfilledBy(d.requestId);
    observe(context, event, d.recipientId, d.recipientDivId);
  },
  PeerRequestAcknowledged: (context, event: EventOf<'PeerRequestAcknowledged'>) => {
    updateRequest(context, event, (row) => {
      row.status = 'acknowledged';
      row.helpfulness = event.data.helpfulness;
      row.acknowledged_event_id = event.eventId;
      row.acknowledged_recorded_at = instant(event.recordedAt);
    });
    context.inputs.refreshFulfilment(event.data.requestId);
  },
  PeerRequestWithdrawn: (context, event: EventOf<'PeerRequestWithdrawn'>) =>
    updateRequest(context, event, (row) => {
      row.status = 'withdrawn';
    }),
  PeerRequestExpired: (context, event: EventOf<'PeerRequestExpired'>) =>
    updateRequest(context, event, (row) => {
      row.status = 'expired';
    }),
  PeerRequestResponseSlaBreached: (context, event: EventOf<'PeerRequestResponseSlaBreached'>) =>
    recordBreach(context, event, event.data.slaAt),
  PeerRequestDeliverySlaBreached: (context, event: EventOf<'PeerRequestDeliverySlaBreached'>) =>
    recordBreach(context, event, event.data.dueAt),
  PresentationDelivered: (context, event: EventOf<'PresentationDelivered'>) =>
    presentationDelivered(context, event),
};

function recordBreach(
  context: WriteContext,
  event: InputEvent<{ requestId: string; recipientId: string; recipientDivId: string }>,
  slaAt: string,
): void {
  const d = event.data;
  context.inputs.breach({
    eventId: event.eventId,
    eventType: event.type,
    requestId: d.requestId,
    recipientId: d.recipientId,
    recipientDivId: d.recipientDivId,
    slaAt,
    recordedAt: event.recordedAt,
  });
  const row = context.inputs.request(d.requestId);
  if (row)
    context.touched.divisions(row.requester_div_id, row.recipient_div_id).project(row.project_id);
}

function presentationDelivered(
  context: WriteContext,
  event: EventOf<'PresentationDelivered'>,
): void {
  const d = event.data;
  const lines = helpUnitsOf(
    { kind: 'presentation_delivered', hostId: d.hostId, presenterId: d.presenterId },
    `presentation:${d.invitationId}`,
    { [d.hostId]: d.hostDivId, [d.presenterId]: d.presenterDivId },
    event.occurredAt,
    { eventId: event.eventId, type: event.type, recordedAt: event.recordedAt },
    context.rules,
  );
  context.inputs.addLines(lines);
  context.touched.divisions(d.hostDivId, d.presenterDivId);
  observe(context, event, d.hostId, d.hostDivId);
  observe(context, event, d.presenterId, d.presenterDivId);
}
