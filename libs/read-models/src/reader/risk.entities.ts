import { DivisionCollaborationCell } from '../division-collaboration-matrix/division-collaboration-matrix.entity';
import {
  LeaderDyadicCapital,
  LeaderSocialCapital,
} from '../leader-social-capital/leader-social-capital.entity';
import { PeerLoad } from '../peer-load/peer-load.entity';
import { StrategicProjectRisk } from '../strategic-project-risk/strategic-project-risk.entity';
import { SupportCommitment } from '../support-commitment-ledger/support-commitment-ledger.entity';
import { HelpUnitEntry, TieLedgerEntry } from '../tie-ledger/tie-ledger.entity';

/** The entities a DataSource reading the risk projector's schema must register. */
export const RISK_ENTITIES = [
  HelpUnitEntry,
  TieLedgerEntry,
  DivisionCollaborationCell,
  SupportCommitment,
  PeerLoad,
  StrategicProjectRisk,
  LeaderSocialCapital,
  LeaderDyadicCapital,
] as const;
