import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MutualThemeStatus } from './mutual-themes.projection';

@Entity({ name: 'mutual_themes' })
@Index('mutual_themes_by_proposer', ['tenantId', 'proposerId', 'proposedAt', 'mutualThemeId'])
@Index('mutual_themes_by_partner', ['tenantId', 'partnerId', 'proposedAt', 'mutualThemeId'])
export class MutualThemeView {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' }) tenantId!: string;
  @PrimaryColumn({ name: 'mutual_theme_id', type: 'text' }) mutualThemeId!: string;
  @Column({ name: 'proposer_id', type: 'text' }) proposerId!: string;
  @Column({ name: 'proposer_div_id', type: 'text' }) proposerDivId!: string;
  @Column({ name: 'partner_id', type: 'text' }) partnerId!: string;
  @Column({ name: 'partner_div_id', type: 'text' }) partnerDivId!: string;
  @Column({ name: 'theme_id', type: 'text', nullable: true }) themeId!: string | null;
  @Column({ name: 'project_ids', type: 'text', array: true }) projectIds!: string[];
  @Column({ type: 'text', array: true }) warnings!: string[];
  @Column({ type: 'text' }) status!: MutualThemeStatus;
  @Column({ name: 'proposed_at', type: 'timestamptz' }) proposedAt!: Date;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}
