import type { ScoringRules } from '@lib/domain';
import { type HelpUnit, helpUnitsOf, saveHelpUnits } from '@lib/read-models';
import type { WriteContext } from './writer';

// The acts of help a peer request records (DOMAIN §5.1), as ledger lines: the fulfilment itself
// (recipient → requester, e·q) and the connector credit of whoever named the peer who fulfilled it.
// Each is recomputed from the stored request rows, so the lines are the same whichever of the
// events behind them arrived first.

interface RequestRow {
  request_id: string;
  requester_id: string;
  requester_div_id: string;
  effort: 'S' | 'M' | 'L';
  raised_at: Date;
  fulfilled_at: Date | null;
  fulfilled_by: string | null;
  fulfilled_div_id: string | null;
  fulfilled_event_id: string | null;
  fulfilled_recorded_at: Date | null;
  helpfulness: number | null;
  acknowledged_event_id: string | null;
  acknowledged_recorded_at: Date | null;
  declined_by: string | null;
  declined_div_id: string | null;
  declined_at: Date | null;
  suggested_peer_id: string | null;
}

export async function refreshFulfilmentUnits(
  context: WriteContext,
  tenantId: string,
  requestId: string,
): Promise<void> {
  const { rules } = context;
  const request = await loadRequest(context, tenantId, requestId);
  if (!request?.fulfilled_by || !request.fulfilled_at) return;
  const fulfilledBy = request.fulfilled_by;
  const fulfilled = fulfilmentEvidence(request);
  const lines = helpUnitsOf(
    {
      kind: 'request_fulfilled',
      requesterId: request.requester_id,
      recipientId: fulfilledBy,
      effort: request.effort,
      helpfulness: request.helpfulness ?? undefined,
    },
    `fulfilled:${requestId}`,
    { [request.requester_id]: request.requester_div_id, [fulfilledBy]: request.fulfilled_div_id },
    request.fulfilled_at.toISOString(),
    request.acknowledged_event_id
      ? {
          eventId: request.acknowledged_event_id,
          type: 'PeerRequestAcknowledged',
          recordedAt: (request.acknowledged_recorded_at as Date).toISOString(),
        }
      : fulfilled,
    rules,
  );
  const { rows: redirects } = await context.db.query<{ from_id: string; from_div_id: string }>(
    `SELECT from_id, from_div_id FROM ${context.s}.in_request_redirects
      WHERE tenant_id = $1 AND request_id = $2 AND to_id = $3 ORDER BY hop`,
    [tenantId, requestId, fulfilledBy],
  );
  for (const redirect of redirects) {
    lines.push(
      ...connectorUnits(request, redirect.from_id, redirect.from_div_id, `redirect:${requestId}`, {
        at: request.fulfilled_at.toISOString(),
        evidence: fulfilled,
        rules,
      }),
    );
  }
  await save(context, tenantId, lines);
}

/**
 * A decline that named a peer earns its decliner the connector credit once the requester's later
 * request to that peer is fulfilled: the earliest such fulfilment counts, whichever arrived first.
 */
export async function refreshDeclineCredit(
  context: WriteContext,
  tenantId: string,
  declinedRequestId: string,
): Promise<void> {
  const { rules } = context;
  const declined = await loadRequest(context, tenantId, declinedRequestId);
  if (!declined?.suggested_peer_id || !declined.declined_by || !declined.declined_at) return;
  const { rows } = await context.db.query<RequestRow>(
    `SELECT * FROM ${context.s}.in_peer_requests
      WHERE tenant_id = $1 AND requester_id = $2 AND fulfilled_by = $3 AND raised_at >= $4
      ORDER BY fulfilled_at, request_id LIMIT 1`,
    [tenantId, declined.requester_id, declined.suggested_peer_id, declined.declined_at],
  );
  const followUp = rows[0];
  if (!followUp?.fulfilled_at) return;
  const lines = connectorUnits(
    declined,
    declined.declined_by,
    declined.declined_div_id,
    `suggestion:${declinedRequestId}`,
    { at: followUp.fulfilled_at.toISOString(), evidence: fulfilmentEvidence(followUp), rules },
  );
  await save(context, tenantId, lines);
}

/** The declined requests whose suggestion a fulfilment of this request may have proved right. */
export async function declinesSuggesting(
  context: WriteContext,
  tenantId: string,
  requestId: string,
): Promise<string[]> {
  const { rows } = await context.db.query<{ request_id: string }>(
    `SELECT d.request_id FROM ${context.s}.in_peer_requests r
       JOIN ${context.s}.in_peer_requests d
         ON d.tenant_id = r.tenant_id AND d.requester_id = r.requester_id
        AND d.suggested_peer_id = r.fulfilled_by AND d.declined_at <= r.raised_at
      WHERE r.tenant_id = $1 AND r.request_id = $2 ORDER BY d.request_id`,
    [tenantId, requestId],
  );
  return rows.map((row) => row.request_id);
}

function connectorUnits(
  request: RequestRow,
  connectorId: string,
  connectorDivId: string | null,
  key: string,
  line: Readonly<{ at: string; evidence: HelpUnit['evidence']; rules: ScoringRules }>,
): HelpUnit[] {
  return helpUnitsOf(
    { kind: 'connector_credited', connectorId, requesterId: request.requester_id },
    key,
    { [connectorId]: connectorDivId, [request.requester_id]: request.requester_div_id },
    line.at,
    line.evidence,
    line.rules,
  );
}

function fulfilmentEvidence(request: RequestRow): HelpUnit['evidence'] {
  return {
    eventId: request.fulfilled_event_id as string,
    type: 'PeerRequestFulfilled',
    recordedAt: (request.fulfilled_recorded_at as Date).toISOString(),
  };
}

async function loadRequest(
  { db, s }: WriteContext,
  tenantId: string,
  requestId: string,
): Promise<RequestRow | undefined> {
  const { rows } = await db.query<RequestRow>(
    `SELECT * FROM ${s}.in_peer_requests WHERE tenant_id = $1 AND request_id = $2`,
    [tenantId, requestId],
  );
  return rows[0];
}

async function save(context: WriteContext, tenantId: string, lines: HelpUnit[]): Promise<void> {
  await saveHelpUnits(context.db, context.s, tenantId, lines);
  for (const line of lines) {
    context.touched.tie(line.giverId, line.receiverId);
    if (line.giverDivId && line.receiverDivId)
      context.touched.divisions(line.giverDivId, line.receiverDivId);
  }
}
