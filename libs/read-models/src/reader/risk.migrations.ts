import { migrateDivisionCollaborationMatrix } from '../division-collaboration-matrix/division-collaboration-matrix.schema';
import { migrateLeaderSocialCapital } from '../leader-social-capital/leader-social-capital.schema';
import { migratePeerLoad } from '../peer-load/peer-load.schema';
import { migrateStrategicProjectRisk } from '../strategic-project-risk/strategic-project-risk.schema';
import { migrateSupportCommitmentLedger } from '../support-commitment-ledger/support-commitment-ledger.schema';
import { migrateTieLedger } from '../tie-ledger/tie-ledger.schema';
import {
  type ReadModelMigration,
  type ReadModelMigrationStep,
  readModelMigration,
} from './read-model-migration';

// One step per DDL function, in the order the risk projector runs them. The projector's input
// tables (in_*) and its evaluation bookkeeping are created by functions of apps/risk-projector:
// no entity maps them and no read model table refers to them, so a reader has no use for them
// (and a lib may not import an app). peer_load_daily is not mapped either, but it comes with
// migratePeerLoad, the one source of the peer load's DDL.
const RISK_STEPS: readonly ReadModelMigrationStep[] = [
  {
    name: 'TieLedgerReadModel1795656000000',
    migrate: migrateTieLedger,
    tables: ['help_units', 'tie_ledger'],
  },
  {
    name: 'DivisionCollaborationMatrixReadModel1795656000001',
    migrate: migrateDivisionCollaborationMatrix,
    tables: ['division_collaboration'],
  },
  {
    name: 'SupportCommitmentLedgerReadModel1795656000002',
    migrate: migrateSupportCommitmentLedger,
    tables: ['support_commitments'],
  },
  {
    name: 'PeerLoadReadModel1795656000003',
    migrate: migratePeerLoad,
    tables: ['peer_load', 'peer_load_daily'],
  },
  {
    name: 'StrategicProjectRiskReadModel1795656000004',
    migrate: migrateStrategicProjectRisk,
    tables: ['project_risk'],
  },
  {
    name: 'LeaderSocialCapitalReadModel1795656000005',
    migrate: migrateLeaderSocialCapital,
    tables: ['leader_social_capital', 'leader_dyadic_capital'],
  },
];

/** The migrations of the risk read models in the risk projector's schema (its configuration). */
export function riskReadModelMigrations(schema: string): ReadModelMigration[] {
  return RISK_STEPS.map((step) => readModelMigration(schema, step));
}
