import {
  loadOverloadIndexes,
  removeProjectRisk,
  saveProjectRisk,
  type StrategicProjectRiskRow,
  strategicProjectRisk,
} from '@lib/read-models';
import { DivisionMap, membershipAt } from '../inputs/divisions';
import { loadDeclarations, loadHistories } from './commitments';
import type { DeriveContext } from './derive-context';
import { needFacts, type TenantView } from './need-facts';
import { cycleAt, loadProjects, projectFacts, rankingsOf } from './risk-facts';

/**
 * Derives the risk of the given projects (every project of the tenant when null) as of `at`,
 * from the stored inputs and the loads of the tenant's last evaluation. A closed project has none.
 */
export async function refreshProjectRisks(
  context: DeriveContext,
  projectIds: readonly string[] | null,
  at: Date,
): Promise<StrategicProjectRiskRow[]> {
  const { db, s, tenantId } = context;
  const projects = await loadProjects(context, projectIds);
  if (projects.length === 0) return [];
  const view = await tenantView(context, at);
  const cycle = await cycleAt(context, at);
  const rankings = await rankingsOf(context, cycle?.cycleId ?? null, view.divisions);
  const open = projects.filter((project) => !project.closed);
  const declarations = await loadDeclarations(
    context,
    null,
    view.divisions,
    open.map((p) => p.project_id),
  );
  const histories = await loadHistories(
    context,
    declarations.map((d) => d.needId),
  );
  const rows: StrategicProjectRiskRow[] = [];
  for (const project of projects) {
    if (project.closed) {
      await removeProjectRisk(db, s, tenantId, project.project_id);
      continue;
    }
    const facts = projectFacts(project, view.divisions);
    const needs = [];
    for (const declaration of declarations.filter((d) => d.projectId === project.project_id)) {
      const history = histories.get(declaration.needId) ?? [];
      needs.push(await needFacts(context, view, facts, { declaration, history }));
    }
    const row = strategicProjectRisk(
      { tenantId, ...facts, cycle, rankings, needs },
      at.toISOString(),
      context.rules,
    );
    await saveProjectRisk(db, s, row);
    rows.push(row);
  }
  return rows;
}

export async function tenantView(context: DeriveContext, at: Date): Promise<TenantView> {
  const { db, s, tenantId } = context;
  const divisions = await DivisionMap.load(db, s, tenantId);
  const recorded = await membershipAt(db, s, tenantId, at);
  const { rows } = await db.query<{ division_id: string; head_id: string }>(
    `SELECT division_id, head_id FROM ${s}.in_divisions WHERE tenant_id = $1 AND head_id IS NOT NULL
     ORDER BY division_id`,
    [tenantId],
  );
  const heads = new Map<string, string>();
  // A merged division keeps its target's head when the target has one.
  for (const row of rows) {
    const current = divisions.current(row.division_id);
    if (current === row.division_id || !heads.has(current)) heads.set(current, row.head_id);
  }
  return {
    divisions,
    membership: new Map(
      [...recorded].map(([leader, division]) => [leader, divisions.current(division)]),
    ),
    heads,
    overloads: await loadOverloadIndexes(db, s, tenantId),
    at,
  };
}
