import type {
  AlignmentInputs,
  CompanyPrioritiesInput,
  MergeInput,
  NeedInput,
  RankingInput,
} from '../division-pair-alignment/alignment-inputs';
import type { Queryable } from '../queryable';
import type { CycleIndexEntry } from './alignment-reach';

// The stored inputs of the alignment projection read back from PostgreSQL, in exactly the shape
// the event fold made them (times as millisecond ISO strings). `s` is a schema name the caller checked.

export async function loadCycleIndex(
  db: Queryable,
  s: string,
  tenantId: string,
): Promise<CycleIndexEntry[]> {
  const { rows } = await db.query<{ cycle_id: string; last: Date; closed_at: Date | null }>(
    `SELECT r.cycle_id, max(r.occurred_at) AS last, c.closed_at
       FROM ${s}.alignment_rankings r
       LEFT JOIN ${s}.alignment_cycle_closings c
         ON c.tenant_id = r.tenant_id AND c.cycle_id = r.cycle_id
      WHERE r.tenant_id = $1
      GROUP BY r.cycle_id, c.closed_at`,
    [tenantId],
  );
  return rows.map((row) => ({
    cycleId: row.cycle_id,
    lastRankedAt: row.last.toISOString(),
    closedAt: iso(row.closed_at),
  }));
}

export async function loadAlignmentInputs(
  db: Queryable,
  s: string,
  tenantId: string,
  cycleIds: readonly string[],
): Promise<AlignmentInputs> {
  // One after another: the runner's transaction is one connection, which runs one query at a time.
  const ofCycles = [tenantId, cycleIds];
  const rankings = await rows(db, s, 'alignment_rankings', ofCycles);
  const companyPriorities = await rows(db, s, 'alignment_company_priorities', ofCycles);
  const needs = await rows(db, s, 'alignment_needs', [tenantId]);
  const projectClosings = await rows(db, s, 'alignment_project_closings', [tenantId]);
  const merges = await rows(db, s, 'alignment_merges', [tenantId]);
  const cycleClosings = await rows(db, s, 'alignment_cycle_closings', [tenantId]);
  return {
    tenantId,
    rankings: rankings.map(rankingOf),
    companyPriorities: companyPriorities.map(companyPrioritiesOf),
    needs: needs.map(needOf),
    projectClosings: projectClosings.map((row) => ({
      tenantId,
      projectId: row.project_id as string,
      ...closingOf(row, 'ProjectClosed'),
    })),
    merges: merges.map(mergeOf),
    cycleClosings: cycleClosings.map((row) => ({
      tenantId,
      cycleId: row.cycle_id as string,
      ...closingOf(row, 'CycleClosed'),
    })),
  };
}

/** A tenant's rows of a table; with cycle ids as well, only those cycles' rows. */
async function rows(
  db: Queryable,
  s: string,
  table: string,
  values: unknown[],
): Promise<Record<string, unknown>[]> {
  const ofCycles = values.length > 1 ? ' AND cycle_id = ANY($2)' : '';
  return (await db.query(`SELECT * FROM ${s}.${table} WHERE tenant_id = $1${ofCycles}`, values))
    .rows;
}

function iso(value: unknown): string | null {
  return value instanceof Date ? value.toISOString() : null;
}

function rankingOf(row: Record<string, unknown>): RankingInput {
  return {
    tenantId: row.tenant_id as string,
    cycleId: row.cycle_id as string,
    divisionId: row.division_id as string,
    revision: row.revision as number,
    items: row.items as RankingInput['items'],
    rankedBy: row.ranked_by as string,
    occurredAt: iso(row.occurred_at) as string,
    recordedAt: iso(row.recorded_at),
    eventId: row.event_id as string,
  };
}

function companyPrioritiesOf(row: Record<string, unknown>): CompanyPrioritiesInput {
  return {
    tenantId: row.tenant_id as string,
    cycleId: row.cycle_id as string,
    version: row.version as number,
    themeIds: row.theme_ids as string[],
    rankedBy: row.ranked_by as string,
    occurredAt: iso(row.occurred_at) as string,
    recordedAt: iso(row.recorded_at),
    eventId: row.event_id as string,
  };
}

function needOf(row: Record<string, unknown>): NeedInput {
  return {
    tenantId: row.tenant_id as string,
    needId: row.need_id as string,
    ...(row.declared_event_id === null
      ? {}
      : {
          declared: {
            projectId: row.project_id as string,
            homeDivisionId: row.home_division_id as string,
            supportingDivisionId: row.supporting_division_id as string,
            criticality: row.criticality as NonNullable<NeedInput['declared']>['criticality'],
            capacity: row.capacity as number,
            at: iso(row.declared_at) as string,
            eventId: row.declared_event_id as string,
            recordedAt: iso(row.declared_recorded_at),
          },
        }),
    ...(row.closed_event_id === null
      ? {}
      : { closed: { ...closingOf(row, row.closed_by as never) } }),
  };
}

function closingOf<T extends string>(row: Record<string, unknown>, type: T) {
  return {
    at: iso(row.closed_at) as string,
    type,
    eventId: row.closed_event_id as string,
    recordedAt: iso(row.closed_recorded_at),
  };
}

function mergeOf(row: Record<string, unknown>): MergeInput {
  return {
    tenantId: row.tenant_id as string,
    sourceId: row.source_id as string,
    targetId: row.target_id as string,
    effectiveAt: iso(row.effective_at) as string,
    eventId: row.event_id as string,
  };
}
