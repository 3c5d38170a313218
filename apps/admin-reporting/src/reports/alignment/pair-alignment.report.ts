import { CompanyAlignmentQueries, DivisionPairAlignmentQueries } from '@lib/read-models';
import type { ReportDefinition, ReportFilters, ReportRow } from '../report';
import { cycleOfReport } from './cycle-of-report';

/** Horizontal alignment: PA of every division pair in a cycle, the worst pairs first. */
export function pairAlignmentReport(
  pairs: DivisionPairAlignmentQueries,
  alignment: CompanyAlignmentQueries,
): ReportDefinition {
  return {
    name: 'pair-alignment',
    title: 'Horizontal alignment of division pairs',
    description:
      'Pair alignment of every two divisions in the cycle (the current one unless a cycle is given), worst first.',
    filters: ['division', 'cycle'],
    columns: [
      { key: 'cycle', label: 'Cycle' },
      { key: 'division', label: 'Division' },
      { key: 'otherDivision', label: 'Other division' },
      { key: 'pairAlignment', label: 'Pair alignment' },
      { key: 'themeAgreement', label: 'Theme agreement' },
      { key: 'supportSymmetric', label: 'Mutual support' },
      { key: 'interdependence', label: 'Interdependence' },
    ],
    chart: { kind: 'heatmap', x: 'otherDivision', y: 'division', value: 'pairAlignment' },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const cycle = await cycleOfReport(alignment, tenantId, filters);
      if (!cycle) return [];
      const found = filters.division
        ? await pairs.findPairsOfDivision(tenantId, cycle, filters.division)
        : await pairs.findPairsOfCycle(tenantId, cycle);
      return found.map((pair) => ({
        cycle,
        division: pair.divisionA,
        otherDivision: pair.divisionB,
        pairAlignment: pair.value,
        themeAgreement: pair.themeAgreement,
        supportSymmetric: pair.supportSymmetric,
        interdependence: pair.interdependence,
      }));
    },
  };
}
