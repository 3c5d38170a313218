import { DivisionCollaborationQueries } from '@lib/read-models';
import type { ReportDefinition, ReportFilters, ReportRow } from '../report';

/** Requests between divisions i→j: fulfilment, median response, SLA breaches, net give. */
export function collaborationMatrixReport(matrix: DivisionCollaborationQueries): ReportDefinition {
  return {
    name: 'collaboration-matrix',
    title: 'Division collaboration matrix',
    description:
      'Requests each division sent another, with fulfilment, median response, SLA breaches and net give.',
    filters: ['division'],
    columns: [
      { key: 'fromDivision', label: 'From division' },
      { key: 'toDivision', label: 'To division' },
      { key: 'requests', label: 'Requests' },
      { key: 'fulfilled', label: 'Fulfilled' },
      { key: 'fulfilmentRate', label: 'Fulfilment rate' },
      { key: 'medianResponseHours', label: 'Median response (h)' },
      { key: 'slaBreachRate', label: 'SLA breach rate' },
      { key: 'netGive', label: 'Net give (units)' },
    ],
    chart: { kind: 'heatmap', x: 'toDivision', y: 'fromDivision', value: 'requests' },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const cells = filters.division
        ? await matrix.findCellsOfDivision(tenantId, filters.division)
        : await matrix.findMatrix(tenantId);
      return cells.map((cell) => ({
        fromDivision: cell.fromDivId,
        toDivision: cell.toDivId,
        requests: cell.requests,
        fulfilled: cell.fulfilled,
        fulfilmentRate: cell.fulfilmentRate,
        medianResponseHours: cell.medianResponseHours,
        slaBreachRate: cell.slaBreachRate,
        netGive: cell.netGive,
      }));
    },
  };
}
