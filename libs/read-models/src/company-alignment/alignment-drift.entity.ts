import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PortfolioItemKind } from '@lib/domain';

/** How one item moved in a re-rank, by 1-based rank; null where it was absent. */
export type RankMove = Readonly<{
  kind: PortfolioItemKind;
  ref: string;
  from: number | null;
  to: number | null;
}>;

/** A DivisionPortfolioRanked event: who re-ranked what, when, and what it did to CA. */
@Entity({ name: 'alignment_reranks' })
@Index('alignment_reranks_by_cycle', ['tenantId', 'cycleId', 'occurredAt'])
export class AlignmentRerankEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'cycle_id', type: 'text' })
  cycleId!: string;

  /** The division that ranked. */
  @Column({ name: 'division_id', type: 'text' })
  divisionId!: string;

  /** The division whose portfolio it counted for then (its merge target, if merged away). */
  @Column({ name: 'portfolio_division_id', type: 'text' })
  portfolioDivisionId!: string;

  @Column({ name: 'revision', type: 'int' })
  revision!: number;

  @Column({ name: 'ranked_by', type: 'text' })
  rankedBy!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;

  /** Items added, removed or moved against the previous revision. */
  @Column({ name: 'moves', type: 'jsonb' })
  moves!: RankMove[];

  /** CA just before and just after this re-rank, everything else as of its occurredAt. */
  @Column({ name: 'horizontal_before', type: 'double precision', nullable: true })
  horizontalBefore!: number | null;

  @Column({ name: 'horizontal_after', type: 'double precision', nullable: true })
  horizontalAfter!: number | null;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}

/** ΔPA of one pair caused by one re-rank (drift); division_a < division_b. */
@Entity({ name: 'alignment_drift' })
@Index('alignment_drift_by_cycle', ['tenantId', 'cycleId', 'occurredAt'])
export class AlignmentDriftEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @PrimaryColumn({ name: 'division_a', type: 'text' })
  divisionA!: string;

  @PrimaryColumn({ name: 'division_b', type: 'text' })
  divisionB!: string;

  @Column({ name: 'cycle_id', type: 'text' })
  cycleId!: string;

  /** The re-rank's occurredAt, so a history can be read in business order. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'from_value', type: 'double precision' })
  fromValue!: number;

  @Column({ name: 'to_value', type: 'double precision' })
  toValue!: number;

  /** ΔPA = to − from; negative when the pair drifted apart. */
  @Column({ name: 'delta', type: 'double precision' })
  delta!: number;

  /** The moves of the re-rank that touch this pair: its needs, their projects, or themes. */
  @Column({ name: 'causes', type: 'jsonb' })
  causes!: RankMove[];

  @Column({ name: 'from_rule_version', type: 'int' })
  fromRuleVersion!: number;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
