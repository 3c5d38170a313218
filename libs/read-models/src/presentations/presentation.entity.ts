import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PresentationStatus } from './presentations.projection';

@Entity({ name: 'presentations' })
@Index('presentations_by_host', ['tenantId', 'hostId', 'meetingAt', 'invitationId'])
@Index('presentations_by_presenter', ['tenantId', 'presenterId', 'meetingAt', 'invitationId'])
export class PresentationView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'invitation_id', type: 'text' }) invitationId!: string;
  @Column({ name: 'host_id', type: 'text' }) hostId!: string;
  @Column({ name: 'host_div_id', type: 'text' }) hostDivId!: string;
  @Column({ name: 'presenter_id', type: 'text' }) presenterId!: string;
  @Column({ name: 'presenter_div_id', type: 'text' }) presenterDivId!: string;
  @Column({ name: 'meeting_at', type: 'timestamptz' }) meetingAt!: Date;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'text' }) status!: PresentationStatus;
  @Column({ name: 'invited_at', type: 'timestamptz' }) invitedAt!: Date;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}
