import type { PairAlignment, PortfolioItem, SupportAlignment } from '@lib/domain';
import type { AlignmentEvidence } from './alignment-inputs';
import { type AlignmentSnapshot, rankingEvidence } from './alignment-snapshot';
import type { PortfolioView } from './merged-portfolios';
import type {
  DivisionPairAlignmentEntity,
  RankingRecord,
  SupportGapRecord,
} from './division-pair-alignment.entity';

/** The stored row of one pair, each gap pointing at the events behind it. */
export function divisionPairAlignmentRow(
  pair: PairAlignment,
  snapshot: AlignmentSnapshot,
): DivisionPairAlignmentEntity {
  const portfolios = new Map(snapshot.divisions.map((p) => [p.divisionId, p]));
  const portfolio = (id: string) => portfolios.get(id) as PortfolioView;
  const { aToB, bToA } = pair.support;
  return {
    tenantId: snapshot.tenantId,
    cycleId: snapshot.cycleId,
    divisionA: pair.divisionA,
    divisionB: pair.divisionB,
    themeAgreement: pair.themeAgreement,
    supportAToB: aToB.value,
    supportBToA: bToA.value,
    weightAToB: aToB.totalWeight,
    weightBToA: bToA.totalWeight,
    supportSymmetric: pair.supportSymmetric,
    interdependence: pair.interdependence,
    value: pair.value,
    gaps: [aToB, bToA].flatMap((support) => gapRecords(support, snapshot, portfolio)),
    rankings: [
      ...rankingRecords(portfolio(pair.divisionA)),
      ...rankingRecords(portfolio(pair.divisionB)),
    ],
    ruleVersion: pair.ruleVersion,
  };
}

export function rankingRecords(portfolio: PortfolioView): RankingRecord[] {
  return portfolio.rankings.map((ranking) => ({
    ...rankingEvidence(ranking),
    divisionId: portfolio.divisionId,
    rankedDivisionId: ranking.divisionId,
    revision: ranking.revision,
    rankedBy: ranking.rankedBy,
    occurredAt: ranking.occurredAt,
  }));
}

function gapRecords(
  support: SupportAlignment,
  snapshot: AlignmentSnapshot,
  portfolio: (divisionId: string) => PortfolioView,
): SupportGapRecord[] {
  const needs = new Map(snapshot.needs.map((need) => [need.needId, need]));
  const from = portfolio(support.fromDivisionId);
  const to = portfolio(support.toDivisionId);
  return support.gaps.map((gap) => {
    const need = needs.get(gap.needId);
    return {
      fromDivisionId: support.fromDivisionId,
      toDivisionId: support.toDivisionId,
      ...gap,
      evidence: distinct([
        ...(need ? [need.declaredBy] : []),
        ...placing(from, { kind: 'project', ref: gap.projectId }),
        ...placing(to, { kind: 'need', ref: gap.needId }),
      ]),
    };
  });
}

/** The ranking that placed an item; every ranking of the portfolio when none of them did. */
function placing(portfolio: PortfolioView, item: PortfolioItem): AlignmentEvidence[] {
  const index = portfolio.items.findIndex((x) => x.kind === item.kind && x.ref === item.ref);
  return index >= 0
    ? [rankingEvidence(portfolio.itemRankings[index])]
    : portfolio.rankings.map(rankingEvidence);
}

function distinct(evidence: readonly AlignmentEvidence[]): AlignmentEvidence[] {
  return [...new Map(evidence.map((e) => [e.eventId, e])).values()];
}
