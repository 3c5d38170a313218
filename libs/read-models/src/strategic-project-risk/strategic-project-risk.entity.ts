import type { RiskReason } from '@lib/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NeedRiskDetail } from './strategic-project-risk.projection';

/** A strategic project's risk, band and reasons with their evidence (domain README §5.5). */
@Entity({ name: 'project_risk' })
export class StrategicProjectRisk {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'text' })
  projectId!: string;

  @Column({ name: 'owner_id', type: 'text' })
  ownerId!: string;

  @Column({ name: 'home_div_id', type: 'text' })
  homeDivId!: string;

  @Column({ name: 'cycle_id', type: 'text', nullable: true })
  cycleId!: string | null;

  @Column({ type: 'double precision' })
  risk!: number;

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'text' })
  band!: 'at_risk' | 'watch' | 'on_track';

  @Column({ type: 'text' })
  colour!: 'red' | 'yellow' | 'green';

  /** Sorted by leave-one-out contribution; each cites its events. */
  @Column({ type: 'jsonb' })
  reasons!: RiskReason[];

  @Column({ type: 'jsonb' })
  needs!: NeedRiskDetail[];

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
