import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PromiseEntry } from './support-commitment-ledger.projection';

/** Where a support need stands with its supporting division, and every promise made on it. */
@Entity({ name: 'support_commitments' })
@Index('support_commitments_by_division', ['tenantId', 'supportingDivId'])
export class SupportCommitment {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'need_id', type: 'text' })
  needId!: string;

  @Column({ name: 'project_id', type: 'text' })
  projectId!: string;

  /** As now named: merged divisions answer as the one they merged into. */
  @Column({ name: 'supporting_div_id', type: 'text' })
  supportingDivId!: string;

  @Column({ name: 'home_div_id', type: 'text' })
  homeDivId!: string;

  @Column({ name: 'key_contact_id', type: 'text', nullable: true })
  keyContactId!: string | null;

  @Column({ type: 'text' })
  criticality!: string;

  @Column({ type: 'double precision' })
  capacity!: number;

  @Column({ name: 'needed_by', type: 'timestamptz' })
  neededBy!: Date;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;

  @Column({ type: 'text' })
  state!: string;

  @Column({ name: 'deliver_by', type: 'timestamptz', nullable: true })
  deliverBy!: Date | null;

  @Column({ name: 'offered_deliver_by', type: 'timestamptz', nullable: true })
  offeredDeliverBy!: Date | null;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime!: boolean | null;

  @Column({ type: 'int' })
  slips!: number;

  @Column({ name: 'counter_proposals', type: 'int' })
  counterProposals!: number;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'promise_history', type: 'jsonb' })
  promiseHistory!: PromiseEntry[];

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
