import type { Criticality } from '@lib/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  CommitmentState,
  PromiseEntry,
} from '../support-commitment-ledger/support-commitment-ledger.projection';

@Entity({ name: 'support_needs' })
@Index('support_needs_by_project', ['tenantId', 'projectId', 'neededBy', 'needId'])
@Index('support_needs_by_supporting_division', [
  'tenantId',
  'supportingDivId',
  'neededBy',
  'needId',
])
export class SupportNeedView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'need_id', type: 'text' }) needId!: string;
  @Column({ name: 'project_id', type: 'text' }) projectId!: string;
  /** As now named: a merged division answers as the one it merged into. */
  @Column({ name: 'supporting_div_id', type: 'text' }) supportingDivId!: string;
  @Column({ name: 'recorded_supporting_div_id', type: 'text' }) recordedSupportingDivId!: string;
  @Column({ name: 'home_div_id', type: 'text' }) homeDivId!: string;
  @Column({ name: 'recorded_home_div_id', type: 'text' }) recordedHomeDivId!: string;
  @Column({ name: 'key_contact_id', type: 'text', nullable: true }) keyContactId!: string | null;
  @Column({ type: 'text' }) criticality!: Criticality;
  @Column({ type: 'double precision' }) capacity!: number;
  @Column({ name: 'needed_by', type: 'timestamptz' }) neededBy!: Date;
  @Column({ name: 'declared_at', type: 'timestamptz' }) declaredAt!: Date;
  @Column({ type: 'text' }) state!: CommitmentState;
  @Column({ name: 'deliver_by', type: 'timestamptz', nullable: true }) deliverBy!: Date | null;
  @Column({ name: 'offered_deliver_by', type: 'timestamptz', nullable: true })
  offeredDeliverBy!: Date | null;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) committedAt!: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ name: 'on_time', type: 'boolean', nullable: true }) onTime!: boolean | null;
  @Column({ type: 'int' }) slips!: number;
  @Column({ name: 'counter_proposals', type: 'int' }) counterProposals!: number;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason!: string | null;
  /** Every declaration, promise, counter-proposal, slip, decline and delivery, in stream order. */
  @Column({ type: 'jsonb' }) history!: PromiseEntry[];
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
