import { type Queryable, schemaIdentifier } from '@lib/read-models';

export interface RequestParties {
  requesterId: string;
  /** The leader the request waits for now: the last redirect's target. */
  recipientId: string;
}

/**
 * What the peer service knows of its own requests, invitations and mutual themes, kept in the
 * same transaction as its events (never a step behind its own commands). Scoped to one tenant.
 */
export class PeerActivity {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async request(tenantId: string, requestId: string): Promise<RequestParties | undefined> {
    const { rows } = await this.db.query<{ requester_id: string; recipient_id: string }>(
      `SELECT requester_id, recipient_id FROM ${this.s}.peer_requests
        WHERE tenant_id = $1 AND request_id = $2`,
      [tenantId, requestId],
    );
    return rows[0] && { requesterId: rows[0].requester_id, recipientId: rows[0].recipient_id };
  }

  async invitation(
    tenantId: string,
    invitationId: string,
  ): Promise<{ hostId: string; presenterId: string } | undefined> {
    const { rows } = await this.db.query<{ host_id: string; presenter_id: string }>(
      `SELECT host_id, presenter_id FROM ${this.s}.peer_invitations
        WHERE tenant_id = $1 AND invitation_id = $2`,
      [tenantId, invitationId],
    );
    return rows[0] && { hostId: rows[0].host_id, presenterId: rows[0].presenter_id };
  }

  async mutualTheme(
    tenantId: string,
    mutualThemeId: string,
  ): Promise<{ proposerId: string; partnerId: string } | undefined> {
    const { rows } = await this.db.query<{ proposer_id: string; partner_id: string }>(
      `SELECT proposer_id, partner_id FROM ${this.s}.peer_mutual_themes
        WHERE tenant_id = $1 AND mutual_theme_id = $2`,
      [tenantId, mutualThemeId],
    );
    return rows[0] && { proposerId: rows[0].proposer_id, partnerId: rows[0].partner_id };
  }

  /** O_j: the requests waiting for this recipient (Raised or Accepted). */
  async openRequestsTo(tenantId: string, recipientId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.s}.peer_requests
        WHERE tenant_id = $1 AND recipient_id = $2 AND status IN ('Raised', 'Accepted')`,
      [tenantId, recipientId],
    );
    return rows[0].n;
  }

  async openRequestsBetween(
    tenantId: string,
    requesterId: string,
    recipientId: string,
  ): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.s}.peer_requests
        WHERE tenant_id = $1 AND requester_id = $2 AND recipient_id = $3
          AND status IN ('Raised', 'Accepted')`,
      [tenantId, requesterId, recipientId],
    );
    return rows[0].n;
  }

  /** Whom the requester asked (before any redirect), newest first: q_{a→b} of domain README §5.3. */
  async recipientsAskedSince(
    tenantId: string,
    requesterId: string,
    since: string,
  ): Promise<string[]> {
    const { rows } = await this.db.query<{ asked_recipient_id: string }>(
      `SELECT asked_recipient_id FROM ${this.s}.peer_requests
        WHERE tenant_id = $1 AND requester_id = $2 AND raised_at > $3
        ORDER BY raised_at DESC, request_id`,
      [tenantId, requesterId, since],
    );
    return rows.map((row) => row.asked_recipient_id);
  }

  /**
   * L of every active leader of the tenant: the weights of the requests that reached them in
   * (since, until]. The active leaders come from the org directory kept in the same schema.
   */
  async loadsOfActiveLeaders(
    tenantId: string,
    since: string,
    until: string,
  ): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ leader_id: string; load: number }>(
      `SELECT l.leader_id, COALESCE(sum(a.weight), 0)::float8 AS load
         FROM ${this.s}.org_leaders l
         LEFT JOIN ${this.s}.peer_request_arrivals a
           ON a.tenant_id = l.tenant_id AND a.recipient_id = l.leader_id
          AND a.arrived_at > $2 AND a.arrived_at <= $3
        WHERE l.tenant_id = $1 AND l.active
        GROUP BY l.leader_id`,
      [tenantId, since, until],
    );
    return new Map(rows.map((row) => [row.leader_id, row.load]));
  }
}
