import { medianOf, type SupportCommitment, SupportCommitmentQueries } from '@lib/read-models';
import type { ReportDefinition, ReportFilters, ReportRow } from '../report';
import { withinRange } from '../report';

const HOUR_MS = 60 * 60 * 1000;

/** "Can you rely on other units?": per supporting division, from every promise it was asked for. */
export function commitmentReliabilityReport(ledger: SupportCommitmentQueries): ReportDefinition {
  return {
    name: 'commitment-reliability',
    title: 'Cross-unit commitment reliability',
    description:
      'Per supporting division: on-time delivery, median time to commit, counter-proposal rate and decline reasons.',
    filters: ['division', 'from', 'to'],
    columns: [
      { key: 'supportingDivision', label: 'Supporting division' },
      { key: 'needs', label: 'Needs asked' },
      { key: 'delivered', label: 'Delivered' },
      { key: 'onTimeRate', label: 'On-time delivery rate' },
      { key: 'medianHoursToCommit', label: 'Median time to commit (h)' },
      { key: 'counterProposalRate', label: 'Counter-proposal rate' },
      { key: 'declined', label: 'Declined' },
      { key: 'declineReasons', label: 'Decline reasons' },
    ],
    chart: {
      kind: 'bar',
      category: 'supportingDivision',
      values: ['onTimeRate', 'counterProposalRate'],
    },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const needs = (await ledger.findCommitments(tenantId))
        .filter((need) => !filters.division || need.supportingDivId === filters.division)
        .filter((need) => withinRange(need.declaredAt, filters));
      const byDivision = new Map<string, SupportCommitment[]>();
      for (const need of needs)
        byDivision.set(need.supportingDivId, [
          ...(byDivision.get(need.supportingDivId) ?? []),
          need,
        ]);
      return [...byDivision.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([division, asked]) => reliabilityRow(division, asked));
    },
  };
}

function reliabilityRow(division: string, needs: readonly SupportCommitment[]): ReportRow {
  const delivered = needs.filter((need) => need.state === 'delivered');
  const declined = needs.filter((need) => need.state === 'declined');
  const hoursToCommit = needs
    .filter((need) => need.committedAt)
    .map((need) => (need.committedAt!.getTime() - need.declaredAt.getTime()) / HOUR_MS);
  return {
    supportingDivision: division,
    needs: needs.length,
    delivered: delivered.length,
    onTimeRate: ratio(delivered.filter((need) => need.onTime).length, delivered.length),
    medianHoursToCommit: medianOf(hoursToCommit),
    counterProposalRate: ratio(
      needs.filter((need) => need.counterProposals > 0).length,
      needs.length,
    ),
    declined: declined.length,
    declineReasons: countsOf(declined.map((need) => need.declineReason ?? 'unstated')),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** "no_capacity:2 out_of_scope:1", most frequent first. */
function countsOf(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([reason, count]) => `${reason}:${count}`)
    .join(' ');
}
