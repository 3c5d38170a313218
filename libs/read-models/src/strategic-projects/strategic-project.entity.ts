import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StrategicProjectStatus } from './strategic-projects.projection';

@Entity({ name: 'strategic_projects' })
@Index('strategic_projects_by_division', ['tenantId', 'homeDivId', 'targetAt', 'projectId'])
@Index('strategic_projects_by_target', ['tenantId', 'targetAt', 'projectId'])
export class StrategicProjectView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'project_id', type: 'text' }) projectId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'owner_id', type: 'text' }) ownerId!: string;
  /** The home division now: a merged one answers as the division that absorbed it. */
  @Column({ name: 'home_div_id', type: 'text' }) homeDivId!: string;
  @Column({ name: 'recorded_home_div_id', type: 'text' }) recordedHomeDivId!: string;
  @Column({ name: 'theme_ids', type: 'text', array: true }) themeIds!: string[];
  @Column({ type: 'text' }) tier!: string;
  @Column({ name: 'start_at', type: 'timestamptz' }) startAt!: Date;
  @Column({ name: 'target_at', type: 'timestamptz' }) targetAt!: Date;
  @Column({ type: 'text' }) status!: StrategicProjectStatus;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'text', nullable: true }) rag!: string | null;
  @Column({ type: 'int', nullable: true }) confidence!: number | null;
  @Column({ name: 'status_reported_at', type: 'timestamptz', nullable: true })
  statusReportedAt!: Date | null;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
