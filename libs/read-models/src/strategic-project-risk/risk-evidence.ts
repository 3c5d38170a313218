import type { RiskReason, RiskReasonCode } from '@lib/domain';
import { type Commitment } from '../support-commitment-ledger/support-commitment-ledger.projection';
import { byCodePoint, type EventEvidence } from '../tie-ledger/tie-ledger.projection';
import type {
  NeedRiskFacts,
  PortfolioRanking,
  ProjectRiskFacts,
} from './strategic-project-risk.facts';

// The events behind each reason, as domain README §5.5's table names them (§7 item 2).

const DAY_MS = 24 * 60 * 60 * 1000;

export type OpenNeed = Readonly<{ need: NeedRiskFacts; commitment: Commitment }>;

/** The events behind a reason, as domain README §5.5's table names them. */
export function reasonEvidence(
  facts: ProjectRiskFacts,
  reason: Pick<RiskReason, 'code' | 'needId' | 'divisionId'>,
  open: OpenNeed | undefined,
  t: number,
): EventEvidence[] {
  if (reason.code === 'STATUS_SIGNAL') return [facts.status?.evidence ?? facts.registration];
  if (!open) return [];
  const { need, commitment } = open;
  const declared = declarationEvidence(need);
  const byCode: Record<Exclude<RiskReasonCode, 'STATUS_SIGNAL'>, () => EventEvidence[]> = {
    UNDER_PRIORITISED: () => {
      const rankings = [
        facts.rankings.get(facts.homeDivId),
        facts.rankings.get(need.declaration.supportingDivId),
      ]
        .filter((ranking): ranking is PortfolioRanking => ranking !== undefined)
        .map((ranking) => ranking.evidence);
      const unranked = facts.cycle?.lock ?? declared;
      return rankingMentions(facts, need)
        ? rankings
        : [...rankings, ...(unranked ? [unranked] : [])];
    },
    NOT_COMMITTED: () => [
      ...(declared ? [declared] : []),
      ...historyOf(need, ['SupportDeclined', 'SupportCounterProposed']),
    ],
    LOW_CAPITAL_WITH_DIVISION: () =>
      need.capital.evidence.length > 0 ? [...need.capital.evidence] : declared ? [declared] : [],
    REQUESTS_PAST_SLA: () => [...need.slaBreaches.evidence],
    KEY_PEER_OVERLOADED: () => [...(need.keyPeer?.evidence ?? [])],
    DELIVERY_SLIPPED: () => [
      ...historyOf(need, ['SupportSlipped']),
      ...(overdueDays(commitment, t) > 0 && commitment.promise ? [commitment.promise] : []),
    ],
  };
  return byCode[reason.code]();
}

function rankingMentions(facts: ProjectRiskFacts, need: NeedRiskFacts): boolean {
  const ranking = facts.rankings.get(need.declaration.supportingDivId);
  return Boolean(
    ranking?.items.some((item) => item.kind === 'need' && item.ref === need.declaration.needId),
  );
}

function declarationEvidence(need: NeedRiskFacts): EventEvidence | undefined {
  return historyOf(need, ['SupportNeedDeclared'])[0];
}

function historyOf(need: NeedRiskFacts, types: readonly string[]): EventEvidence[] {
  return need.history
    .filter((entry) => types.includes(entry.type))
    .map((entry) => ({ eventId: entry.eventId, type: entry.type, recordedAt: entry.recordedAt }));
}

/** Oldest first, each event once. */
export function inEvidenceOrder(evidence: readonly EventEvidence[]): EventEvidence[] {
  const seen = new Set<string>();
  return [...evidence]
    .sort(
      (x, y) =>
        Date.parse(x.recordedAt) - Date.parse(y.recordedAt) || byCodePoint(x.eventId, y.eventId),
    )
    .filter((e) => !seen.has(e.eventId) && Boolean(seen.add(e.eventId)));
}

/** Days past the promise in force; 0 before it, or with nothing promised. */
export function overdueDays(commitment: Commitment, t: number): number {
  if (!commitment.deliverBy) return 0;
  return Math.max(0, (t - Date.parse(commitment.deliverBy)) / DAY_MS);
}
