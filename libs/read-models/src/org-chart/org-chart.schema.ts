import { RowStore } from '../directory-rows';
import { DivisionView, LeaderView, PlanningCycleView, ThemeView } from './org-chart.entities';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { DivisionRow } from './divisions.projection';
import type { LeaderRow } from './leaders.projection';
import type { PlanningCycleRow, ThemeRow } from './planning-cycles.projection';

export const ORG_CHART_TABLES = ['leaders', 'divisions', 'planning_cycles', 'themes'] as const;

export async function migrateOrgChart(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('org-chart:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.leaders (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      name text NOT NULL,
      level text NOT NULL,
      manager_id text,
      division_id text NOT NULL,
      recorded_division_id text NOT NULL,
      status text NOT NULL,
      max_open int,
      focus_cycle_id text,
      focus_theme_ids text[] NOT NULL,
      registered_at timestamptz NOT NULL,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, leader_id)
    );
    CREATE INDEX IF NOT EXISTS leaders_by_division ON ${s}.leaders (tenant_id, division_id, leader_id);
    CREATE TABLE IF NOT EXISTS ${s}.divisions (
      tenant_id text NOT NULL,
      division_id text NOT NULL,
      name text,
      head_id text,
      delegate_ids text[] NOT NULL,
      merged_into text,
      merged_at timestamptz,
      registered_at timestamptz,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, division_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.planning_cycles (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      status text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      opened_at timestamptz,
      locked_at timestamptz,
      closed_at timestamptz,
      PRIMARY KEY (tenant_id, cycle_id)
    );
    CREATE INDEX IF NOT EXISTS planning_cycles_by_start ON ${s}.planning_cycles (tenant_id, starts_at, cycle_id);
    CREATE TABLE IF NOT EXISTS ${s}.themes (
      tenant_id text NOT NULL,
      theme_id text NOT NULL,
      cycle_id text NOT NULL,
      name text NOT NULL,
      objective_ref text,
      defined_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, theme_id)
    );
    CREATE INDEX IF NOT EXISTS themes_by_cycle ON ${s}.themes (tenant_id, cycle_id, theme_id);
  `);
}

export const leaderRows = new RowStore<LeaderRow>(LeaderView, ['tenantId', 'leaderId']);

export const divisionRows = new RowStore<DivisionRow>(DivisionView, ['tenantId', 'divisionId']);

export const planningCycleRows = new RowStore<PlanningCycleRow>(PlanningCycleView, [
  'tenantId',
  'cycleId',
]);

export const themeRows = new RowStore<ThemeRow>(ThemeView, ['tenantId', 'themeId']);
