import type { FeedEventData } from '@lib/contracts';
import type { ScoringRules } from '@lib/domain';
import type { AppendingEvent } from '@lib/event-store';
import type { Queryable } from '@lib/read-models';

type Writer = (
  db: Queryable,
  s: string,
  event: AppendingEvent,
  data: never,
  rules: ScoringRules,
) => Promise<unknown>;

const status =
  (to: string): Writer =>
  (db, s, event, d: { requestId: string }) =>
    db.query(`UPDATE ${s}.peer_requests SET status = $3 WHERE tenant_id = $1 AND request_id = $2`, [
      event.metadata.tenantId,
      d.requestId,
      to,
    ]);

/**
 * Folds the service's own events into its read models. The decider has accepted each event, so
 * every transition here is legal; inserts ignore a row already there, so a replay changes nothing.
 * An arrival is counted for each leader a request reached, its first recipient and each redirect
 * target alike (L_j of domain README §5.3 counts "redirects in").
 */
const writers: Record<string, Writer> = {
  PeerRequestRaised: async (db, s, event, d: FeedEventData<'PeerRequestRaised'>, rules) => {
    const { tenantId, occurredAt } = event.metadata;
    await db.query(
      `INSERT INTO ${s}.peer_requests (tenant_id, request_id, requester_id, asked_recipient_id,
         recipient_id, effort, weight, raised_at, status)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, 'Raised') ON CONFLICT DO NOTHING`,
      [
        tenantId,
        d.requestId,
        d.requesterId,
        d.recipientId,
        d.effort,
        rules.helpUnits.effort[d.effort],
        occurredAt,
      ],
    );
    await arrival(db, s, event, d.requestId, d.recipientId);
  },
  PeerRequestRedirected: async (db, s, event, d: FeedEventData<'PeerRequestRedirected'>) => {
    await db.query(
      `UPDATE ${s}.peer_requests SET recipient_id = $3 WHERE tenant_id = $1 AND request_id = $2`,
      [event.metadata.tenantId, d.requestId, d.toId],
    );
    await arrival(db, s, event, d.requestId, d.toId);
  },
  PeerRequestAccepted: status('Accepted'),
  PeerRequestDeclined: status('Declined'),
  PeerRequestFulfilled: status('Fulfilled'),
  PeerRequestAcknowledged: status('Acknowledged'),
  PeerRequestWithdrawn: status('Withdrawn'),
  PeerRequestExpired: status('Expired'),
  PresentationInvited: (db, s, event, d: FeedEventData<'PresentationInvited'>) =>
    db.query(
      `INSERT INTO ${s}.peer_invitations (tenant_id, invitation_id, host_id, presenter_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.metadata.tenantId, d.invitationId, d.hostId, d.presenterId],
    ),
  MutualThemeProposed: (db, s, event, d: FeedEventData<'MutualThemeProposed'>) =>
    db.query(
      `INSERT INTO ${s}.peer_mutual_themes (tenant_id, mutual_theme_id, proposer_id, partner_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.metadata.tenantId, d.mutualThemeId, d.leaderIds[0], d.leaderIds[1]],
    ),
};

/** The request reached a leader: it weighs in their load from now on. */
function arrival(db: Queryable, s: string, event: AppendingEvent, requestId: string, to: string) {
  return db.query(
    `INSERT INTO ${s}.peer_request_arrivals (tenant_id, request_id, recipient_id, weight, arrived_at)
     SELECT tenant_id, request_id, $3, weight, $4 FROM ${s}.peer_requests
      WHERE tenant_id = $1 AND request_id = $2
     ON CONFLICT DO NOTHING`,
    [event.metadata.tenantId, requestId, to, event.metadata.occurredAt],
  );
}

/** A request weighs its help units (the rules' `helpUnits.effort`) in each load it counts in. */
export async function projectPeerActivity(
  db: Queryable,
  schema: string,
  events: readonly AppendingEvent[],
  rules: ScoringRules,
): Promise<void> {
  for (const event of events)
    await writers[event.type]?.(db, schema, event, event.data as never, rules);
}
