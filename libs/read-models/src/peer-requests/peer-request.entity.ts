import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PeerRequestStatus } from './peer-requests.projection';

/** A peer request, newest first in its recipient's inbox and its requester's outbox. */
@Entity({ name: 'peer_requests' })
@Index('peer_requests_inbox', ['tenantId', 'recipientId', 'raisedAt', 'requestId'])
@Index('peer_requests_outbox', ['tenantId', 'requesterId', 'raisedAt', 'requestId'])
export class PeerRequestView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'text' }) requestId!: string;
  @Column({ name: 'requester_id', type: 'text' }) requesterId!: string;
  @Column({ name: 'requester_div_id', type: 'text' }) requesterDivId!: string;
  @Column({ name: 'recipient_id', type: 'text' }) recipientId!: string;
  @Column({ name: 'recipient_div_id', type: 'text' }) recipientDivId!: string;
  @Column({ name: 'previous_recipient_ids', type: 'text', array: true })
  previousRecipientIds!: string[];
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ name: 'theme_ids', type: 'text', array: true }) themeIds!: string[];
  @Column({ name: 'project_id', type: 'text', nullable: true }) projectId!: string | null;
  @Column({ name: 'support_need_id', type: 'text', nullable: true }) supportNeedId!: string | null;
  @Column({ type: 'text' }) effort!: string;
  @Column({ name: 'respond_by', type: 'timestamptz' }) respondBy!: Date;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text', array: true }) warnings!: string[];
  @Column({ type: 'text' }) status!: PeerRequestStatus;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
  @Column({ name: 'expected_by', type: 'timestamptz', nullable: true }) expectedBy!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true }) fulfilledAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason!: string | null;
  @Column({ name: 'suggested_peer_id', type: 'text', nullable: true })
  suggestedPeerId!: string | null;
  @Column({ type: 'int', nullable: true }) helpfulness!: number | null;
  @Column({ name: 'response_sla_breached', type: 'boolean' }) responseSlaBreached!: boolean;
  @Column({ name: 'delivery_sla_breached', type: 'boolean' }) deliverySlaBreached!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
