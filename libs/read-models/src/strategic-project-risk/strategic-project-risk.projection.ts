import {
  type NeedCommitment,
  type NeedRiskInput,
  priorityPercentile,
  type ProjectRisk,
  projectRisk,
  type RiskReason,
  type ScoringRules,
} from '@lib/domain';
import {
  type Commitment,
  commitmentOf,
  isOpen,
  type NeedDeclaration,
} from '../support-commitment-ledger/support-commitment-ledger.projection';
import { byCodePoint } from '../tie-ledger/tie-ledger.projection';
import { inEvidenceOrder, overdueDays, reasonEvidence } from './risk-evidence';
import type { NeedRiskFacts, ProjectRiskFacts } from './strategic-project-risk.facts';

// StrategicProjectRisk (domain README §5.5): the noisy-OR score of the domain's formula, with every
// reason pointing at the events behind it (§7 item 2). This file only gathers each reason's
// severity inputs and evidence from facts the projection has stored; the formula is the domain's.

const DAY_MS = 24 * 60 * 60 * 1000;

/** What each open need's severities were computed from, for the explanation beside the reasons. */
export type NeedRiskDetail = Readonly<{
  needId: string;
  divisionId: string;
  criticality: string;
  projectPriority: number;
  needPriority: number | null;
  commitment: Commitment['state'];
  dyadicCapital: number;
  requestsPastSla: number;
  keyPeerId: string | null;
  keyPeerOverload: number | null;
  slips: number;
  overdueDays: number;
}>;

export type StrategicProjectRiskRow = Readonly<{
  tenantId: string;
  projectId: string;
  ownerId: string;
  homeDivId: string;
  cycleId: string | null;
  risk: number;
  score: number;
  band: ProjectRisk['band'];
  colour: ProjectRisk['colour'];
  /** Sorted by leave-one-out contribution, each with its evidence. */
  reasons: readonly RiskReason[];
  needs: readonly NeedRiskDetail[];
  evaluatedAt: string;
  ruleVersion: number;
}>;

export function strategicProjectRisk(
  facts: ProjectRiskFacts,
  now: string,
  rules: ScoringRules,
): StrategicProjectRiskRow {
  const t = Date.parse(now);
  const open = facts.needs
    .map((need) => ({ need, commitment: commitmentOf(need.declaration, need.history) }))
    .filter(({ commitment }) => isOpen(commitment))
    .sort((x, y) => byCodePoint(x.need.declaration.needId, y.need.declaration.needId));
  const inputs = open.map(({ need, commitment }) => needRiskInput(facts, need, commitment, t));
  const result = projectRisk(
    { projectId: facts.projectId, status: statusInput(facts, t), needs: inputs },
    rules,
  );
  const byNeed = new Map(
    open.map(({ need, commitment }) => [need.declaration.needId, { need, commitment }]),
  );
  return {
    tenantId: facts.tenantId,
    projectId: facts.projectId,
    ownerId: facts.ownerId,
    homeDivId: facts.homeDivId,
    cycleId: facts.cycle?.cycleId ?? null,
    risk: result.risk,
    score: result.score,
    band: result.band,
    colour: result.colour,
    reasons: result.reasons.map((reason) => ({
      ...reason,
      evidence: inEvidenceOrder(reasonEvidence(facts, reason, byNeed.get(reason.needId ?? ''), t)),
    })),
    needs: inputs.map((input) => needDetail(input, byNeed.get(input.needId)?.need ?? null)),
    evaluatedAt: new Date(t).toISOString(),
    ruleVersion: rules.version,
  };
}

function needRiskInput(
  facts: ProjectRiskFacts,
  need: NeedRiskFacts,
  commitment: Commitment,
  t: number,
): NeedRiskInput {
  const { declaration } = need;
  const home = facts.rankings.get(facts.homeDivId);
  const supporting = facts.rankings.get(declaration.supportingDivId);
  const needItem = { kind: 'need', ref: declaration.needId } as const;
  return {
    needId: declaration.needId,
    divisionId: declaration.supportingDivId,
    criticality: declaration.criticality,
    priority: {
      project: home ? priorityPercentile(home.items, { kind: 'project', ref: facts.projectId }) : 0,
      need: supporting?.items.some(
        (item) => item.kind === 'need' && item.ref === declaration.needId,
      )
        ? priorityPercentile(supporting.items, needItem)
        : null,
      daysSinceDeclared: daysBetween(declaration.declaredAt, t),
      cycleLocked: facts.cycle?.lock != null,
    },
    commitment: needCommitment(declaration, commitment, t),
    dyadicCapital: need.capital.value,
    requestsPastSla: need.slaBreaches.requests,
    keyPeerOverload: need.keyPeer?.overload ?? null,
    delivery: { slips: commitment.slips, overdueDays: overdueDays(commitment, t) },
  };
}

function needCommitment(
  declaration: NeedDeclaration,
  commitment: Commitment,
  t: number,
): NeedCommitment {
  switch (commitment.state) {
    case 'declined':
      return { state: 'declined' };
    case 'counter_proposed': {
      const offered = Date.parse(commitment.offeredDeliverBy ?? declaration.neededBy);
      return {
        state: 'counter_proposed',
        slipDays: Math.max(0, (offered - Date.parse(declaration.neededBy)) / DAY_MS),
      };
    }
    case 'pending':
      return { state: 'pending', ageDays: daysBetween(declaration.declaredAt, t) };
    default:
      return { state: 'committed' };
  }
}

function statusInput(facts: ProjectRiskFacts, t: number) {
  const { status } = facts;
  return {
    rag: status?.rag ?? null,
    confidence: status?.confidence ?? null,
    daysSinceStatus: daysBetween(status?.at ?? facts.registeredAt, t),
  };
}

function daysBetween(from: string, t: number): number {
  return Math.max(0, (t - Date.parse(from)) / DAY_MS);
}

function needDetail(input: NeedRiskInput, need: NeedRiskFacts | null): NeedRiskDetail {
  return {
    needId: input.needId,
    divisionId: input.divisionId,
    criticality: input.criticality,
    projectPriority: input.priority.project,
    needPriority: input.priority.need,
    commitment: input.commitment.state,
    dyadicCapital: input.dyadicCapital,
    requestsPastSla: input.requestsPastSla,
    keyPeerId: need?.keyPeer?.leaderId ?? null,
    keyPeerOverload: input.keyPeerOverload,
    slips: input.delivery.slips,
    overdueDays: input.delivery.overdueDays,
  };
}
