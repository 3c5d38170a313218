import { RowStore } from '../directory-rows';
import { MutualThemeView } from './mutual-theme.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { MutualThemeRow } from './mutual-themes.projection';

export const MUTUAL_THEME_TABLES = ['mutual_themes'] as const;

export async function migrateMutualThemes(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('mutual-themes:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.mutual_themes (
      tenant_id text NOT NULL,
      mutual_theme_id text NOT NULL,
      proposer_id text NOT NULL,
      proposer_div_id text NOT NULL,
      partner_id text NOT NULL,
      partner_div_id text NOT NULL,
      theme_id text,
      project_ids text[] NOT NULL,
      warnings text[] NOT NULL,
      status text NOT NULL,
      proposed_at timestamptz NOT NULL,
      confirmed_at timestamptz,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, mutual_theme_id)
    );
    CREATE INDEX IF NOT EXISTS mutual_themes_by_proposer ON ${s}.mutual_themes (tenant_id, proposer_id, proposed_at, mutual_theme_id);
    CREATE INDEX IF NOT EXISTS mutual_themes_by_partner ON ${s}.mutual_themes (tenant_id, partner_id, proposed_at, mutual_theme_id);
  `);
}

export const mutualThemeRows = new RowStore<MutualThemeRow>(MutualThemeView, [
  'tenantId',
  'mutualThemeId',
]);
