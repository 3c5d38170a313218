import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CycleStatus } from './planning-cycles.projection';

@Entity({ name: 'leaders' })
@Index('leaders_by_division', ['tenantId', 'divisionId', 'leaderId'])
export class LeaderView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'leader_id', type: 'text' }) leaderId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) level!: string;
  @Column({ name: 'manager_id', type: 'text', nullable: true }) managerId!: string | null;
  /** The division now: a merged one answers as the division that absorbed it. */
  @Column({ name: 'division_id', type: 'text' }) divisionId!: string;
  @Column({ name: 'recorded_division_id', type: 'text' }) recordedDivisionId!: string;
  @Column({ type: 'text' }) status!: 'active' | 'inactive';
  /** Null until the leader declares a capacity. */
  @Column({ name: 'max_open', type: 'int', nullable: true }) maxOpen!: number | null;
  @Column({ name: 'focus_cycle_id', type: 'text', nullable: true }) focusCycleId!: string | null;
  @Column({ name: 'focus_theme_ids', type: 'text', array: true }) focusThemeIds!: string[];
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

@Entity({ name: 'divisions' })
export class DivisionView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'division_id', type: 'text' }) divisionId!: string;
  /** Null while the division is known only from a merge. */
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column({ name: 'head_id', type: 'text', nullable: true }) headId!: string | null;
  @Column({ name: 'delegate_ids', type: 'text', array: true }) delegateIds!: string[];
  @Column({ name: 'merged_into', type: 'text', nullable: true }) mergedInto!: string | null;
  @Column({ name: 'merged_at', type: 'timestamptz', nullable: true }) mergedAt!: Date | null;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}

@Entity({ name: 'planning_cycles' })
@Index('planning_cycles_by_start', ['tenantId', 'startsAt', 'cycleId'])
export class PlanningCycleView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @Column({ type: 'text' }) status!: CycleStatus;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt!: Date | null;
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true }) lockedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}

@Entity({ name: 'themes' })
@Index('themes_by_cycle', ['tenantId', 'cycleId', 'themeId'])
export class ThemeView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'theme_id', type: 'text' }) themeId!: string;
  @Column({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'objective_ref', type: 'text', nullable: true }) objectiveRef!: string | null;
  @Column({ name: 'defined_at', type: 'timestamptz' }) definedAt!: Date;
}
