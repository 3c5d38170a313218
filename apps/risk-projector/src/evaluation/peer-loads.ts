import type { RequestEffort } from '@lib/domain';
import {
  dayOf,
  type HeldRequest,
  type LoadArrival,
  loadDailyOverloads,
  type PeerLoadRow,
  peerLoads,
  savePeerLoad,
} from '@lib/read-models';
import type { DeriveContext } from '../derivations/derive-context';

/** Evaluates every active leader's load and overload index at `now`, and stores the day's OI. */
export async function evaluatePeerLoads(context: DeriveContext, now: Date): Promise<PeerLoadRow[]> {
  const { db, s, tenantId, rules } = context;
  const at = now.toISOString();
  // Older requests count only while still open, so only these need reading.
  const windowStart = new Date(now.getTime() - rules.overload.windowDays * 24 * 60 * 60 * 1000);
  const rows = peerLoads(
    tenantId,
    {
      leaderIds: await activeLeaders(context),
      arrivals: await loadArrivals(context, now, windowStart),
      held: await heldRequests(context, now, windowStart),
      capacities: await capacities(context),
      earlierDays: await loadDailyOverloads(db, s, tenantId, dayOf(at)),
    },
    at,
    rules,
  );
  for (const row of rows) await savePeerLoad(db, s, row);
  return rows;
}

/** Everyone the events named, less those deactivated: the population loads are compared within. */
export async function activeLeaders({ db, s, tenantId }: DeriveContext): Promise<string[]> {
  const { rows } = await db.query<{ leader_id: string }>(
    `SELECT leader_id FROM (
       SELECT leader_id FROM ${s}.in_leader_divisions WHERE tenant_id = $1
       UNION SELECT leader_id FROM ${s}.in_leaders WHERE tenant_id = $1) known
     WHERE NOT EXISTS (SELECT 1 FROM ${s}.in_leaders d
                        WHERE d.tenant_id = $1 AND d.leader_id = known.leader_id AND d.deactivated)
     ORDER BY leader_id`,
    [tenantId],
  );
  return rows.map((row) => row.leader_id);
}

/** Requests raised to each leader, and redirected to them, that can still count at `now`. */
async function loadArrivals(
  { db, s, tenantId }: DeriveContext,
  now: Date,
  windowStart: Date,
): Promise<LoadArrival[]> {
  const { rows } = await db.query<{
    leader_id: string;
    request_id: string;
    effort: RequestEffort;
    at: Date;
    event_id: string;
    event_type: string;
    recorded_at: Date;
  }>(
    `SELECT COALESCE(first_hop.from_id, r.recipient_id) AS leader_id, r.request_id, r.effort,
            r.raised_at AS at, r.raised_event_id AS event_id, 'PeerRequestRaised' AS event_type,
            r.raised_recorded_at AS recorded_at
       FROM ${s}.in_peer_requests r
       LEFT JOIN ${s}.in_request_redirects first_hop
         ON first_hop.tenant_id = r.tenant_id AND first_hop.request_id = r.request_id AND first_hop.hop = 1
      WHERE r.tenant_id = $1 AND r.raised_at <= $2
        AND (r.raised_at > $3 OR r.status IN ('raised', 'accepted'))
     UNION ALL
     SELECT h.to_id, r.request_id, r.effort, h.at, h.event_id, 'PeerRequestRedirected', h.recorded_at
       FROM ${s}.in_request_redirects h
       JOIN ${s}.in_peer_requests r ON r.tenant_id = h.tenant_id AND r.request_id = h.request_id
      WHERE h.tenant_id = $1 AND h.at <= $2 AND (h.at > $3 OR r.status IN ('raised', 'accepted'))
     ORDER BY request_id, at, event_id`,
    [tenantId, now, windowStart],
  );
  return rows.map((row) => ({
    leaderId: row.leader_id,
    requestId: row.request_id,
    effort: row.effort,
    at: row.at.toISOString(),
    evidence: {
      eventId: row.event_id,
      type: row.event_type,
      recordedAt: row.recorded_at.toISOString(),
    },
  }));
}

async function heldRequests(
  { db, s, tenantId }: DeriveContext,
  now: Date,
  windowStart: Date,
): Promise<HeldRequest[]> {
  const { rows } = await db.query<{
    request_id: string;
    recipient_id: string;
    raised_at: Date;
    recipient_since: Date;
    respond_by: Date;
    responded_at: Date | null;
    open: boolean;
  }>(
    `SELECT request_id, recipient_id, raised_at, recipient_since, respond_by, responded_at,
            status IN ('raised', 'accepted') AS open
       FROM ${s}.in_peer_requests
      WHERE tenant_id = $1 AND raised_at <= $2
        AND (recipient_since > $3 OR status IN ('raised', 'accepted'))
      ORDER BY request_id`,
    [tenantId, now, windowStart],
  );
  return rows.map((row) => ({
    requestId: row.request_id,
    recipientId: row.recipient_id,
    raisedAt: row.raised_at.toISOString(),
    recipientSince: row.recipient_since.toISOString(),
    respondBy: row.respond_by.toISOString(),
    respondedAt: row.responded_at?.toISOString() ?? null,
    open: row.open,
  }));
}

async function capacities({ db, s, tenantId }: DeriveContext): Promise<Map<string, number>> {
  const { rows } = await db.query<{ leader_id: string; max_open: number }>(
    `SELECT leader_id, max_open FROM ${s}.in_leaders WHERE tenant_id = $1 AND max_open IS NOT NULL`,
    [tenantId],
  );
  return new Map(rows.map((row) => [row.leader_id, row.max_open]));
}
