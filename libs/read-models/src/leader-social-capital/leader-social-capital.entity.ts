import type { ComponentScore, SocialCapitalComponent } from '@lib/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventEvidence } from '../tie-ledger/tie-ledger.projection';

/** A leader's social capital SC ∈ [0, 100] and its components (domain README §5.2). */
@Entity({ name: 'leader_social_capital' })
export class LeaderSocialCapital {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'text' })
  leaderId!: string;

  @Column({ name: 'division_id', type: 'text', nullable: true })
  divisionId!: string | null;

  @Column({ type: 'double precision' })
  score!: number;

  /** Each component's value C, weight w and contribution 100·w·C. */
  @Column({ type: 'jsonb' })
  components!: Record<SocialCapitalComponent, ComponentScore>;

  @Column({ type: 'double precision' })
  give!: number;

  @Column({ type: 'double precision' })
  recv!: number;

  @Column({ type: 'jsonb' })
  evidence!: Record<SocialCapitalComponent, EventEvidence[]>;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}

/** A leader's dyadic capital DSC with another division (domain README §5.2). */
@Entity({ name: 'leader_dyadic_capital' })
export class LeaderDyadicCapital {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'text' })
  leaderId!: string;

  @PrimaryColumn({ name: 'division_id', type: 'text' })
  divisionId!: string;

  @Column({ type: 'double precision' })
  give!: number;

  @Column({ type: 'double precision' })
  recv!: number;

  @Column({ type: 'double precision' })
  strength!: number;

  @Column({ type: 'double precision', nullable: true })
  balance!: number | null;

  @Column({ name: 'has_contact', type: 'boolean' })
  hasContact!: boolean;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ name: 'net_credit', type: 'double precision' })
  netCredit!: number;

  /** give − recv < 0: "overdrawn with E". */
  @Column({ type: 'boolean' })
  overdrawn!: boolean;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
