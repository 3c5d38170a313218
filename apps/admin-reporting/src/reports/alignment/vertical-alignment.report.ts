import { CompanyAlignmentQueries } from '@lib/read-models';
import type { ReportDefinition, ReportFilters, ReportRow } from '../report';
import { cycleOfReport } from './cycle-of-report';

/** Vertical alignment: how far each division's portfolio follows the company ranking. */
export function verticalAlignmentReport(alignment: CompanyAlignmentQueries): ReportDefinition {
  return {
    name: 'vertical-alignment',
    title: 'Vertical alignment per division',
    description:
      "How closely each division's ranking follows the company's, in the cycle (the current one unless given).",
    filters: ['division', 'cycle'],
    columns: [
      { key: 'cycle', label: 'Cycle' },
      { key: 'division', label: 'Division' },
      { key: 'verticalAlignment', label: 'Vertical alignment' },
      { key: 'companyVersion', label: 'Company ranking version' },
    ],
    chart: { kind: 'bar', category: 'division', values: ['verticalAlignment'] },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const cycle = await cycleOfReport(alignment, tenantId, filters);
      if (!cycle) return [];
      const divisions = await alignment.findVerticalAlignment(tenantId, cycle, filters.division);
      return divisions.map((division) => ({
        cycle,
        division: division.divisionId,
        verticalAlignment: division.value,
        companyVersion: division.companyVersion,
      }));
    },
  };
}
