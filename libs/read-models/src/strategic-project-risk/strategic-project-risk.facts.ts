import type { PortfolioItem, RagStatus } from '@lib/domain';
import type {
  NeedDeclaration,
  PromiseEntry,
} from '../support-commitment-ledger/support-commitment-ledger.projection';
import type { EventEvidence } from '../tie-ledger/tie-ledger.projection';

// What the projection has stored about a project, as risk reads it: facts, not yet severities.

/** A division's ranked portfolio in the cycle risk reads, and the event that ranked it. */
export type PortfolioRanking = Readonly<{
  divisionId: string;
  items: readonly PortfolioItem[];
  evidence: EventEvidence;
}>;

export type NeedRiskFacts = Readonly<{
  declaration: NeedDeclaration;
  history: readonly PromiseEntry[];
  /** DSC_{o,E} and the ledger lines that built it, the largest first. */
  capital: Readonly<{ value: number; evidence: readonly EventEvidence[] }>;
  /** Requests from the project team to E's leaders now past their SLA, and the breaches. */
  slaBreaches: Readonly<{ requests: number; evidence: readonly EventEvidence[] }>;
  /** The key contact (else E's top recipient of project requests) and their last OI. */
  keyPeer: Readonly<{
    leaderId: string;
    overload: number | null;
    evidence: readonly EventEvidence[];
  }> | null;
}>;

export type ProjectRiskFacts = Readonly<{
  tenantId: string;
  projectId: string;
  ownerId: string;
  homeDivId: string;
  registeredAt: string;
  registration: EventEvidence;
  status: Readonly<{
    rag: RagStatus;
    confidence: number;
    at: string;
    evidence: EventEvidence;
  }> | null;
  /** The planning cycle whose rankings count, and its lock when it is locked. */
  cycle: Readonly<{ cycleId: string; lock: EventEvidence | null }> | null;
  /** Rankings of the cycle by division (as divisions are now named). */
  rankings: ReadonlyMap<string, PortfolioRanking>;
  needs: readonly NeedRiskFacts[];
}>;
