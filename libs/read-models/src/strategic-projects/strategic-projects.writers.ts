import {
  type DirectoryEvent,
  type DirectoryWriteContext,
  type DirectoryWriter,
  type DivisionMerges,
  remapDivisionColumn,
} from '../directory-rows';
import type { Queryable } from '../queryable';
import { evolveStrategicProject } from './strategic-projects.projection';
import { strategicProjectRows } from './strategic-projects.schema';

const project = async ({ db, schema, merges }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { projectId } = event.data as { projectId: string };
  const key = { tenantId: event.tenantId, projectId };
  const row = await strategicProjectRows.load(db, schema, key);
  const next = evolveStrategicProject(row, event, await merges());
  if (next) await strategicProjectRows.save(db, schema, next);
};

export const strategicProjectWriters: Readonly<Record<string, DirectoryWriter>> = {
  StrategicProjectRegistered: project,
  ProjectStatusReported: project,
  ProjectOwnerChanged: project,
  ProjectClosed: project,
};

export function remapStrategicProjects(
  db: Queryable,
  schema: string,
  tenantId: string,
  merges: DivisionMerges,
): Promise<void> {
  return remapDivisionColumn(
    db,
    schema,
    'strategic_projects',
    { current: 'home_div_id', recorded: 'recorded_home_div_id' },
    tenantId,
    merges,
  );
}
