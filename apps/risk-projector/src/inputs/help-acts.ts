import type { ScoringRules } from '@lib/domain';
import { type HelpUnit, helpUnitsOf, type Queryable } from '@lib/read-models';
import type { RequestRow } from './request-rows';
import type { TenantInputs } from './tenant-inputs';

// The acts of help a peer request records (domain README §5.1), as ledger lines: the fulfilment itself
// (recipient → requester, e·q) and the connector credit of whoever named the peer who fulfilled it.
// Each is computed at the batch's end from the request rows as the batch leaves them, so the lines
// are the same whichever of the events behind them arrived first, and in whichever batch.

interface Where {
  db: Queryable;
  s: string;
  tenantId: string;
  rules: ScoringRules;
}

/**
 * The lines of the acts the batch's events completed or re-rated, read after the batch's request
 * rows and redirects are written: three statements for the whole batch.
 */
export async function helpActLines(where: Where, inputs: TenantInputs): Promise<HelpUnit[]> {
  const fulfilments = [...inputs.fulfilments]
    .sort()
    .map((id) => inputs.request(id))
    .filter((row): row is RequestRow => !!row?.fulfilled_by && !!row.fulfilled_at);
  const redirects = await redirectsTo(where, fulfilments);
  const lines = fulfilments.flatMap((request) =>
    fulfilmentUnits(request, redirects.get(request.request_id) ?? [], where.rules),
  );
  const declines = new Set(inputs.declines);
  for (const id of await declinesSuggesting(where, [...inputs.fulfilled].sort())) declines.add(id);
  for (const { declined, followUp } of await suggestionsProved(where, [...declines].sort()))
    lines.push(
      ...connectorUnits(
        declined,
        declined.declined_by as string,
        declined.declined_div_id,
        `suggestion:${declined.request_id}`,
        {
          at: (followUp.fulfilled_at as Date).toISOString(),
          evidence: fulfilmentEvidence(followUp),
          rules: where.rules,
        },
      ),
    );
  return lines;
}

function fulfilmentUnits(
  request: RequestRow,
  redirects: readonly { from_id: string; from_div_id: string }[],
  rules: ScoringRules,
): HelpUnit[] {
  const fulfilledBy = request.fulfilled_by as string;
  const fulfilledAt = (request.fulfilled_at as Date).toISOString();
  const fulfilled = fulfilmentEvidence(request);
  const lines = helpUnitsOf(
    {
      kind: 'request_fulfilled',
      requesterId: request.requester_id,
      recipientId: fulfilledBy,
      effort: request.effort,
      helpfulness: request.helpfulness ?? undefined,
    },
    `fulfilled:${request.request_id}`,
    { [request.requester_id]: request.requester_div_id, [fulfilledBy]: request.fulfilled_div_id },
    fulfilledAt,
    request.acknowledged_event_id
      ? {
          eventId: request.acknowledged_event_id,
          type: 'PeerRequestAcknowledged',
          recordedAt: (request.acknowledged_recorded_at as Date).toISOString(),
        }
      : fulfilled,
    rules,
  );
  for (const redirect of redirects)
    lines.push(
      ...connectorUnits(
        request,
        redirect.from_id,
        redirect.from_div_id,
        `redirect:${request.request_id}`,
        { at: fulfilledAt, evidence: fulfilled, rules },
      ),
    );
  return lines;
}

/** Per fulfilled request, the redirects whose new recipient fulfilled it, by hop. */
async function redirectsTo(
  { db, s, tenantId }: Where,
  fulfilments: readonly RequestRow[],
): Promise<Map<string, { from_id: string; from_div_id: string }[]>> {
  const byRequest = new Map<string, { from_id: string; from_div_id: string }[]>();
  if (fulfilments.length === 0) return byRequest;
  const { rows } = await db.query<{ request_id: string; from_id: string; from_div_id: string }>(
    `SELECT r.request_id, r.from_id, r.from_div_id
       FROM unnest($2::text[], $3::text[]) AS f(request_id, fulfilled_by)
       JOIN ${s}.in_request_redirects r
         ON r.tenant_id = $1 AND r.request_id = f.request_id AND r.to_id = f.fulfilled_by
      ORDER BY r.request_id, r.hop`,
    [tenantId, fulfilments.map((r) => r.request_id), fulfilments.map((r) => r.fulfilled_by)],
  );
  for (const row of rows) {
    const redirects = byRequest.get(row.request_id) ?? [];
    redirects.push(row);
    byRequest.set(row.request_id, redirects);
  }
  return byRequest;
}

/** The declined requests whose suggestion a fulfilment of these requests may have proved right. */
async function declinesSuggesting(
  { db, s, tenantId }: Where,
  requestIds: readonly string[],
): Promise<string[]> {
  if (requestIds.length === 0) return [];
  const { rows } = await db.query<{ request_id: string }>(
    `SELECT DISTINCT d.request_id
       FROM ${s}.in_peer_requests r
       JOIN ${s}.in_peer_requests d
         ON d.tenant_id = r.tenant_id AND d.requester_id = r.requester_id
        AND d.suggested_peer_id = r.fulfilled_by AND d.declined_at <= r.raised_at
      WHERE r.tenant_id = $1 AND r.request_id = ANY($2)`,
    [tenantId, requestIds],
  );
  return rows.map((row) => row.request_id);
}

/**
 * A decline that named a peer earns its decliner the connector credit once the requester's later
 * request to that peer is fulfilled: the earliest such fulfilment counts, whichever arrived first.
 */
async function suggestionsProved(
  { db, s, tenantId }: Where,
  declinedIds: readonly string[],
): Promise<{ declined: RequestRow; followUp: RequestRow }[]> {
  if (declinedIds.length === 0) return [];
  const { rows } = await db.query<{ declined: RequestRow; follow_up: RequestRow }>(
    `SELECT to_jsonb(d) AS declined, to_jsonb(f) AS follow_up
       FROM ${s}.in_peer_requests d
       JOIN LATERAL (
         SELECT * FROM ${s}.in_peer_requests q
          WHERE q.tenant_id = d.tenant_id AND q.requester_id = d.requester_id
            AND q.fulfilled_by = d.suggested_peer_id AND q.raised_at >= d.declined_at
          ORDER BY q.fulfilled_at, q.request_id LIMIT 1
       ) f ON true
      WHERE d.tenant_id = $1 AND d.request_id = ANY($2) AND d.suggested_peer_id IS NOT NULL
        AND d.declined_by IS NOT NULL AND d.declined_at IS NOT NULL
        AND f.fulfilled_at IS NOT NULL
      ORDER BY d.request_id`,
    [tenantId, declinedIds],
  );
  return rows.map((row) => ({
    declined: withDates(row.declined),
    followUp: withDates(row.follow_up),
  }));
}

/** `to_jsonb` gives instants as text; the lines want them as dates like the rows the batch holds. */
function withDates(row: RequestRow): RequestRow {
  const at = (value: unknown) => (value === null ? null : new Date(value as string));
  return {
    ...row,
    declined_at: at(row.declined_at),
    fulfilled_at: at(row.fulfilled_at),
    fulfilled_recorded_at: at(row.fulfilled_recorded_at),
  };
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
