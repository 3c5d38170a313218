import { splitPair, type Touched } from '../inputs/touched';
import { refreshCommitments } from './commitments';
import type { DeriveContext } from './derive-context';
import { refreshMatrixCells } from './matrix-cells';
import { refreshProjectRisks } from './project-risks';
import { refreshTieBalances } from './tie-balances';

/**
 * Derives again every row whose inputs an event changed. Time-dependent rows (risk) are derived
 * as of the tenant's last evaluation instant, and only once there has been one.
 */
export async function refreshDerivedRows(
  context: DeriveContext,
  touched: Touched,
  asOf: Date | null,
): Promise<void> {
  await refreshTieBalances(context, [...touched.tiePairs].sort().map(splitPair));
  if (touched.divisionPairs.size > 0 || touched.allDivisions)
    await refreshMatrixCells(
      context,
      [...touched.divisionPairs].sort().map(splitPair),
      touched.allDivisions,
    );
  if (touched.needIds.size > 0 || touched.allDivisions)
    await refreshCommitments(context, [...touched.needIds].sort(), touched.allDivisions);
  if (!asOf) return;
  const projects = touched.allProjects ? null : await projectsTouched(context, touched);
  if (projects === null || projects.length > 0) await refreshProjectRisks(context, projects, asOf);
}

/** The projects named by the event, and those owned by a leader whose ties changed (R3). */
async function projectsTouched(context: DeriveContext, touched: Touched): Promise<string[]> {
  const ids = new Set(touched.projectIds);
  if (touched.tiedLeaders.size > 0) {
    const { rows } = await context.db.query<{ project_id: string }>(
      `SELECT project_id FROM ${context.s}.in_projects WHERE tenant_id = $1 AND owner_id = ANY($2)`,
      [context.tenantId, [...touched.tiedLeaders]],
    );
    for (const row of rows) ids.add(row.project_id);
  }
  return [...ids].sort();
}
