import {
  type CompanyAlignment,
  companyAlignment,
  type PairAlignment,
  type ScoringRules,
} from '@lib/domain';
import {
  type AlignmentInputs,
  type CycleClosingInput,
  earlierClosing,
} from '../division-pair-alignment/alignment-inputs';
import {
  type AlignmentSnapshot,
  alignmentSnapshot,
  divisionRanking,
  rankingEvidence,
} from '../division-pair-alignment/alignment-snapshot';
import type { DivisionPairAlignmentEntity } from '../division-pair-alignment/division-pair-alignment.entity';
import { divisionPairAlignmentRow } from '../division-pair-alignment/division-pair-alignment.rows';
import type {
  CompanyAlignmentEntity,
  VerticalAlignmentEntity,
  WorstPairRecord,
} from './company-alignment.entity';

/** Every row of one cycle's alignment as it stands: replaces the cycle's rows whole. */
export type CycleAlignment = Readonly<{
  tenantId: string;
  cycleId: string;
  company: CompanyAlignmentEntity;
  pairs: readonly DivisionPairAlignmentEntity[];
  vertical: readonly VerticalAlignmentEntity[];
}>;

/** domain README §5.4 over a snapshot: the domain's pure formula, given the snapshot's rankings and needs. */
export function alignmentOf(snapshot: AlignmentSnapshot, rules: ScoringRules): CompanyAlignment {
  return companyAlignment(
    {
      divisions: snapshot.divisions.map(divisionRanking),
      companyThemeIds: snapshot.companyPriorities?.themeIds ?? [],
      needs: snapshot.needs,
    },
    rules,
  );
}

/**
 * A cycle's alignment with everything stored, or, once the cycle has closed, as it stood then: a
 * need declared in a later cycle does not rewrite how an earlier one ended.
 */
export function deriveCycleAlignment(
  inputs: AlignmentInputs,
  cycleId: string,
  rules: ScoringRules,
): CycleAlignment {
  const closing = cycleClosing(inputs, cycleId);
  const snapshot = alignmentSnapshot(inputs, cycleId, closing?.at ?? null);
  const alignment = alignmentOf(snapshot, rules);
  const company = snapshot.companyPriorities;
  const key = { tenantId: inputs.tenantId, cycleId };
  return {
    ...key,
    company: {
      ...key,
      horizontal: alignment.horizontal,
      divisionCount: snapshot.divisions.length,
      pairCount: alignment.pairs.length,
      totalInterdependence: alignment.pairs.reduce((sum, pair) => sum + pair.interdependence, 0),
      worstPairs: alignment.worstPairs.map(worstPairRecord),
      companyVersion: company?.version ?? null,
      asOf: closing ? new Date(closing.at) : null,
      ruleVersion: alignment.ruleVersion,
    },
    pairs: alignment.pairs.map((pair) => divisionPairAlignmentRow(pair, snapshot)),
    vertical: snapshot.divisions.map((portfolio, i) => ({
      ...key,
      divisionId: portfolio.divisionId,
      value: company ? alignment.vertical[i].value : null,
      companyVersion: company?.version ?? null,
      evidence: [
        ...portfolio.rankings.map(rankingEvidence),
        ...(company
          ? [
              {
                eventId: company.eventId,
                type: 'CompanyPrioritiesRanked',
                recordedAt: company.recordedAt,
              },
            ]
          : []),
      ],
      ruleVersion: alignment.ruleVersion,
    })),
  };
}

function cycleClosing(inputs: AlignmentInputs, cycleId: string): CycleClosingInput | undefined {
  let kept: CycleClosingInput | undefined;
  for (const closing of inputs.cycleClosings) {
    if (closing.cycleId !== cycleId) continue;
    kept = kept ? { ...closing, ...earlierClosing(kept, closing) } : closing;
  }
  return kept;
}

function worstPairRecord(pair: PairAlignment): WorstPairRecord {
  return {
    divisionA: pair.divisionA,
    divisionB: pair.divisionB,
    value: pair.value,
    themeAgreement: pair.themeAgreement,
    supportSymmetric: pair.supportSymmetric,
    interdependence: pair.interdependence,
  };
}
