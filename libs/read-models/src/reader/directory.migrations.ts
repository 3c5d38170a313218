import { MUTUAL_THEME_TABLES, migrateMutualThemes } from '../mutual-themes/mutual-themes.schema';
import { migrateOrgChart, ORG_CHART_TABLES } from '../org-chart/org-chart.schema';
import { migratePeerRequests, PEER_REQUEST_TABLES } from '../peer-requests/peer-requests.schema';
import { migratePresentations, PRESENTATION_TABLES } from '../presentations/presentations.schema';
import type { Queryable } from '../queryable';
import {
  migrateStrategicProjects,
  STRATEGIC_PROJECT_TABLES,
} from '../strategic-projects/strategic-projects.schema';
import { migrateSupportNeeds, SUPPORT_NEED_TABLES } from '../support-needs/support-needs.schema';
import {
  type ReadModelMigration,
  type ReadModelMigrationStep,
  readModelMigration,
} from './read-model-migration';

// One step per read model, in the order the directory projector creates them.
const DIRECTORY_STEPS: readonly ReadModelMigrationStep[] = [
  { name: 'OrgChartReadModel1796000000000', migrate: migrateOrgChart, tables: ORG_CHART_TABLES },
  {
    name: 'PeerRequestsReadModel1796000000001',
    migrate: migratePeerRequests,
    tables: PEER_REQUEST_TABLES,
  },
  {
    name: 'PresentationsReadModel1796000000002',
    migrate: migratePresentations,
    tables: PRESENTATION_TABLES,
  },
  {
    name: 'MutualThemesReadModel1796000000003',
    migrate: migrateMutualThemes,
    tables: MUTUAL_THEME_TABLES,
  },
  {
    name: 'StrategicProjectsReadModel1796000000004',
    migrate: migrateStrategicProjects,
    tables: STRATEGIC_PROJECT_TABLES,
  },
  {
    name: 'SupportNeedsReadModel1796000000005',
    migrate: migrateSupportNeeds,
    tables: SUPPORT_NEED_TABLES,
  },
];

/** Every table of the directory's read models, in the order a rebuild compares them. */
export const DIRECTORY_TABLES: readonly string[] = DIRECTORY_STEPS.flatMap((step) => step.tables);

/** What the directory projector runs at its start: every read model's DDL. */
export async function migrateDirectoryReadModels(db: Queryable, schema: string): Promise<void> {
  for (const step of DIRECTORY_STEPS) await step.migrate(db, schema);
}

/** The migrations of the directory read models in the directory projector's schema. */
export function directoryReadModelMigrations(schema: string): ReadModelMigration[] {
  return DIRECTORY_STEPS.map((step) => readModelMigration(schema, step));
}
