import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlignmentEvidence } from '../division-pair-alignment/alignment-inputs';

/** A pair among the worst of a cycle, lowest PA first. */
export type WorstPairRecord = Readonly<{
  divisionA: string;
  divisionB: string;
  value: number;
  themeAgreement: number;
  supportSymmetric: number | null;
  interdependence: number;
}>;

/** CA of one cycle as it stands, with the worst pairs (domain README §5.4, report 3 of §6). */
@Entity({ name: 'alignment_company' })
export class CompanyAlignmentEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'cycle_id', type: 'text' })
  cycleId!: string;

  /** CA = Σ I·PA / Σ I; null when no two divisions need anything of each other. */
  @Column({ name: 'horizontal', type: 'double precision', nullable: true })
  horizontal!: number | null;

  @Column({ name: 'division_count', type: 'int' })
  divisionCount!: number;

  @Column({ name: 'pair_count', type: 'int' })
  pairCount!: number;

  @Column({ name: 'total_interdependence', type: 'double precision' })
  totalInterdependence!: number;

  @Column({ name: 'worst_pairs', type: 'jsonb' })
  worstPairs!: WorstPairRecord[];

  /** The company ranking VA compares with (its stream version); null before the first. */
  @Column({ name: 'company_version', type: 'int', nullable: true })
  companyVersion!: number | null;

  /** When the cycle closed, which is as of when its alignment now stands; null while open. */
  @Column({ name: 'as_of', type: 'timestamptz', nullable: true })
  asOf!: Date | null;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}

/** VA of one division in one cycle: how its theme ranking agrees with the company's. */
@Entity({ name: 'alignment_vertical' })
export class VerticalAlignmentEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'cycle_id', type: 'text' })
  cycleId!: string;

  @PrimaryColumn({ name: 'division_id', type: 'text' })
  divisionId!: string;

  /** VA = RBO_ext(themes_D, themes_company); null until the company has ranked its themes. */
  @Column({ name: 'value', type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ name: 'company_version', type: 'int', nullable: true })
  companyVersion!: number | null;

  /** The division's rankings, then the company's ranking. */
  @Column({ name: 'evidence', type: 'jsonb' })
  evidence!: AlignmentEvidence[];

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
