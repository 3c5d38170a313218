import type { PortfolioItem } from '@lib/domain';
import type { EventEvidence, PortfolioRanking, ProjectRiskFacts } from '@lib/read-models';
import type { DivisionMap } from '../inputs/divisions';
import type { DeriveContext } from './derive-context';

// The project- and cycle-level facts risk reads: the project itself, its status, the cycle whose
// rankings count at T, and those rankings by division as now named.

export interface ProjectRow {
  project_id: string;
  owner_id: string;
  home_div_id: string;
  registered_at: Date;
  registered_event_id: string;
  registered_recorded_at: Date;
  status_rag: 'red' | 'amber' | 'green' | null;
  status_confidence: number | null;
  status_at: Date | null;
  status_event_id: string | null;
  status_recorded_at: Date | null;
  closed: boolean;
}

export async function loadProjects(
  { db, s, tenantId }: DeriveContext,
  projectIds: readonly string[] | null,
): Promise<ProjectRow[]> {
  const { rows } = await db.query<ProjectRow>(
    `SELECT * FROM ${s}.in_projects WHERE tenant_id = $1 AND ($2::text[] IS NULL OR project_id = ANY($2))
     ORDER BY project_id`,
    [tenantId, projectIds],
  );
  return rows;
}

export function projectFacts(
  row: ProjectRow,
  divisions: DivisionMap,
): Pick<
  ProjectRiskFacts,
  'projectId' | 'ownerId' | 'homeDivId' | 'registeredAt' | 'registration' | 'status'
> {
  return {
    projectId: row.project_id,
    ownerId: row.owner_id,
    homeDivId: divisions.current(row.home_div_id),
    registeredAt: row.registered_at.toISOString(),
    registration: {
      eventId: row.registered_event_id,
      type: 'StrategicProjectRegistered',
      recordedAt: row.registered_recorded_at.toISOString(),
    },
    status:
      row.status_rag && row.status_at && row.status_event_id && row.status_recorded_at
        ? {
            rag: row.status_rag,
            confidence: row.status_confidence ?? 10,
            at: row.status_at.toISOString(),
            evidence: {
              eventId: row.status_event_id,
              type: 'ProjectStatusReported',
              recordedAt: row.status_recorded_at.toISOString(),
            },
          }
        : null,
  };
}

/**
 * The cycle whose rankings count at T: the one T falls in, else the last one begun before T,
 * else (no cycle known yet) the one the latest ranking named.
 */
export async function cycleAt(
  { db, s, tenantId }: DeriveContext,
  at: Date,
): Promise<ProjectRiskFacts['cycle']> {
  const { rows } = await db.query<{
    cycle_id: string;
    status: string;
    locked_event_id: string | null;
    locked_recorded_at: Date | null;
  }>(
    `SELECT cycle_id, status, locked_event_id, locked_recorded_at FROM ${s}.in_cycles
      WHERE tenant_id = $1 AND starts_at <= $2
      ORDER BY (ends_at > $2) DESC, starts_at DESC, cycle_id LIMIT 1`,
    [tenantId, at],
  );
  const cycle = rows[0];
  if (cycle) {
    const lock =
      cycle.status !== 'open' && cycle.locked_event_id && cycle.locked_recorded_at
        ? {
            eventId: cycle.locked_event_id,
            type: 'CycleLocked',
            recordedAt: cycle.locked_recorded_at.toISOString(),
          }
        : null;
    return { cycleId: cycle.cycle_id, lock };
  }
  const { rows: ranked } = await db.query<{ cycle_id: string }>(
    `SELECT cycle_id FROM ${s}.in_portfolios WHERE tenant_id = $1
      ORDER BY occurred_at DESC, event_id DESC LIMIT 1`,
    [tenantId],
  );
  return ranked[0] ? { cycleId: ranked[0].cycle_id, lock: null } : null;
}

/** Each division's latest ranking in the cycle; a merged-away division's stands in for its target. */
export async function rankingsOf(
  { db, s, tenantId }: DeriveContext,
  cycleId: string | null,
  divisions: DivisionMap,
): Promise<Map<string, PortfolioRanking>> {
  if (!cycleId) return new Map();
  const { rows } = await db.query<{
    division_id: string;
    items: PortfolioItem[];
    event_id: string;
    recorded_at: Date;
  }>(
    `SELECT division_id, items, event_id, recorded_at FROM ${s}.in_portfolios
      WHERE tenant_id = $1 AND cycle_id = $2 ORDER BY occurred_at, event_id`,
    [tenantId, cycleId],
  );
  const rankings = new Map<string, PortfolioRanking & { own: boolean }>();
  for (const row of rows) {
    const divisionId = divisions.current(row.division_id);
    const own = divisionId === row.division_id;
    // The target's own ranking wins over its merged-away sources'; among those, the latest.
    if (rankings.get(divisionId)?.own && !own) continue;
    const evidence: EventEvidence = {
      eventId: row.event_id,
      type: 'DivisionPortfolioRanked',
      recordedAt: row.recorded_at.toISOString(),
    };
    rankings.set(divisionId, { divisionId, items: row.items, evidence, own });
  }
  return new Map([...rankings].map(([id, { own: _own, ...ranking }]) => [id, ranking]));
}
