import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventEvidence } from '../tie-ledger/tie-ledger.projection';
import type { OverloadTerm } from './peer-load.projection';

/** A leader's load and overload index at the tenant's last evaluation (domain README §5.3). */
@Entity({ name: 'peer_load' })
export class PeerLoad {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'text' })
  leaderId!: string;

  @Column({ name: 'window_days', type: 'int' })
  windowDays!: number;

  /** L: effort-weighted requests raised or redirected to the leader in the window. */
  @Column({ type: 'double precision' })
  load!: number;

  /** O: open (raised or accepted) requests. */
  @Column({ type: 'int' })
  open!: number;

  /** K: declared capacity. */
  @Column({ type: 'int' })
  capacity!: number;

  @Column({ name: 'latency_p50_hours', type: 'double precision', nullable: true })
  latencyP50Hours!: number | null;

  @Column({ name: 'no_response_rate', type: 'double precision', nullable: true })
  noResponseRate!: number | null;

  @Column({ type: 'double precision' })
  oi!: number;

  @Column({ type: 'jsonb' })
  terms!: Record<OverloadTerm, number>;

  @Column({ type: 'text' })
  trigger!: OverloadTerm;

  @Column({ type: 'boolean' })
  overloaded!: boolean;

  @Column({ name: 'overloaded_since', type: 'date', nullable: true })
  overloadedSince!: string | null;

  @Column({ type: 'jsonb' })
  evidence!: EventEvidence[];

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
