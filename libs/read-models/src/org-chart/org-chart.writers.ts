import {
  type DirectoryEvent,
  type DirectoryEventOf,
  type DirectoryWriteContext,
  type DirectoryWriter,
  type DivisionMerges,
  remapDivisionColumn,
} from '../directory-rows';
import { type Queryable, schemaIdentifier } from '../queryable';
import { evolveDivision, mergedAway } from './divisions.projection';
import { evolveLeader } from './leaders.projection';
import { evolvePlanningCycle, themeOf } from './planning-cycles.projection';
import { divisionRows, leaderRows, planningCycleRows, themeRows } from './org-chart.schema';

/** The merges a tenant's divisions have recorded so far. */
export async function loadDivisionMerges(
  db: Queryable,
  schema: string,
  tenantId: string,
): Promise<DivisionMerges> {
  const { rows } = await db.query<{ division_id: string; merged_into: string }>(
    `SELECT division_id, merged_into FROM ${schemaIdentifier(schema)}.divisions
      WHERE tenant_id = $1 AND merged_into IS NOT NULL`,
    [tenantId],
  );
  return new Map(rows.map((row) => [row.division_id, row.merged_into]));
}

const leader = async ({ db, schema, merges }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { leaderId } = event.data as { leaderId: string };
  const key = { tenantId: event.tenantId, leaderId };
  const next = evolveLeader(await leaderRows.load(db, schema, key), event, await merges());
  if (next) await leaderRows.save(db, schema, next);
};

const division = async ({ db, schema }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { divisionId } = event.data as { divisionId: string };
  const key = { tenantId: event.tenantId, divisionId };
  const next = evolveDivision(await divisionRows.load(db, schema, key), event);
  if (next) await divisionRows.save(db, schema, next);
};

const cycle = async ({ db, schema }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { cycleId } = event.data as { cycleId: string };
  const key = { tenantId: event.tenantId, cycleId };
  const next = evolvePlanningCycle(await planningCycleRows.load(db, schema, key), event);
  if (next) await planningCycleRows.save(db, schema, next);
};

/** Records which divisions merged into which; the app then places every row again. */
export async function recordDivisionMerge(
  { db, schema }: DirectoryWriteContext,
  event: DirectoryEventOf<'DivisionsMerged'>,
): Promise<void> {
  for (const sourceId of event.data.sourceIds) {
    const key = { tenantId: event.tenantId, divisionId: sourceId };
    const row = await divisionRows.load(db, schema, key);
    await divisionRows.save(db, schema, mergedAway(row, event.tenantId, sourceId, event.data));
  }
}

export function remapLeaders(
  db: Queryable,
  schema: string,
  tenantId: string,
  merges: DivisionMerges,
): Promise<void> {
  return remapDivisionColumn(
    db,
    schema,
    'leaders',
    { current: 'division_id', recorded: 'recorded_division_id' },
    tenantId,
    merges,
  );
}

export const orgChartWriters: Readonly<Record<string, DirectoryWriter>> = {
  LeaderRegistered: leader,
  LeaderDivisionChanged: leader,
  LeaderCapacityDeclared: leader,
  LeaderDeactivated: leader,
  FocusAreasShared: leader,
  DivisionRegistered: division,
  DivisionHeadAppointed: division,
  RankingDelegated: division,
  RankingDelegateRevoked: division,
  CycleOpened: cycle,
  CycleLocked: cycle,
  CycleClosed: cycle,
  ThemeDefined: async ({ db, schema }, event: DirectoryEventOf<'ThemeDefined'>) =>
    themeRows.save(db, schema, themeOf(event)),
};
