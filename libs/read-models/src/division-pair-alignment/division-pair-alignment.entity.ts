import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlignmentEvidence } from './alignment-inputs';

// The schema is not named here: the projector that writes the table and the service that reads it
// give their DataSource the projector's schema, and a rebuild swaps that schema whole.

/** One need's gap in SA(from→to), with the events behind both rankings and the need (§7 item 2). */
export type SupportGapRecord = Readonly<{
  fromDivisionId: string;
  toDivisionId: string;
  needId: string;
  projectId: string;
  /** π_from(project): how high the home division ranks the project. */
  projectPercentile: number;
  /** π_to(need): how high the supporting division ranks the need. */
  needPercentile: number;
  gap: number;
  weight: number;
  /** The need's declaration, then the rankings that placed (or left out) the project and the need. */
  evidence: readonly AlignmentEvidence[];
}>;

/** A ranking a pair was computed from: who ranked which revision, when. */
export type RankingRecord = AlignmentEvidence &
  Readonly<{
    /** The division whose portfolio it counts for (after merges). */
    divisionId: string;
    /** The division that ranked it (differs from divisionId for a merged-away division). */
    rankedDivisionId: string;
    revision: number;
    rankedBy: string;
    occurredAt: string;
  }>;

/** PA(D,E) of one cycle as it stands (domain README §5.4); division_a < division_b. */
@Entity({ name: 'alignment_division_pairs' })
export class DivisionPairAlignmentEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'cycle_id', type: 'text' })
  cycleId!: string;

  @PrimaryColumn({ name: 'division_a', type: 'text' })
  divisionA!: string;

  @PrimaryColumn({ name: 'division_b', type: 'text' })
  divisionB!: string;

  /** TA = RBO_ext of the two theme rankings. */
  @Column({ name: 'theme_agreement', type: 'double precision' })
  themeAgreement!: number;

  /** SA(A→B); null when A needs nothing from B. */
  @Column({ name: 'support_a_to_b', type: 'double precision', nullable: true })
  supportAToB!: number | null;

  @Column({ name: 'support_b_to_a', type: 'double precision', nullable: true })
  supportBToA!: number | null;

  /** Σ w_n of A's needs from B. */
  @Column({ name: 'weight_a_to_b', type: 'double precision' })
  weightAToB!: number;

  @Column({ name: 'weight_b_to_a', type: 'double precision' })
  weightBToA!: number;

  /** SA_sym; null when neither needs the other. */
  @Column({ name: 'support_symmetric', type: 'double precision', nullable: true })
  supportSymmetric!: number | null;

  /** I(A,B) = Σ w_n over both directions. */
  @Column({ name: 'interdependence', type: 'double precision' })
  interdependence!: number;

  /** PA(A,B). */
  @Column({ name: 'value', type: 'double precision' })
  value!: number;

  @Column({ name: 'gaps', type: 'jsonb' })
  gaps!: SupportGapRecord[];

  @Column({ name: 'rankings', type: 'jsonb' })
  rankings!: RankingRecord[];

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
