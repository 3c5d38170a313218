import { NotFoundException } from '@nestjs/common';
import type { ReportQueries } from '../read-models/reporting-read-models';
import { pairAlignmentReport } from './alignment/pair-alignment.report';
import { verticalAlignmentReport } from './alignment/vertical-alignment.report';
import { atRiskPortfolioReport } from './at-risk-portfolio/at-risk-portfolio.report';
import { collaborationConcentrationReport } from './collaboration-concentration/collaboration-concentration.report';
import { collaborationMatrixReport } from './collaboration-matrix/collaboration-matrix.report';
import { commitmentReliabilityReport } from './commitment-reliability/commitment-reliability.report';
import { reciprocityLedgerReport } from './reciprocity-ledger/reciprocity-ledger.report';
import type { ReportDefinition, ReportResult } from './report';
import { filtersAsGiven, parseReportFilters } from './report-filters';

/** Every admin report by name; HTTP and the CLI both answer through `run`. */
export class ReportCatalogue {
  readonly reports: readonly ReportDefinition[];

  constructor(queries: ReportQueries) {
    this.reports = [
      collaborationConcentrationReport(queries.loads),
      collaborationMatrixReport(queries.matrix),
      pairAlignmentReport(queries.pairs, queries.alignment),
      verticalAlignmentReport(queries.alignment),
      atRiskPortfolioReport(queries.risks),
      commitmentReliabilityReport(queries.commitments),
      reciprocityLedgerReport(queries.matrix),
    ];
  }

  report(name: string): ReportDefinition {
    const report = this.reports.find((candidate) => candidate.name === name);
    if (!report) throw new NotFoundException(`no report is named "${name}"`);
    return report;
  }

  /** The report's rows for the tenant, filtered as given: the one query behind every format. */
  async run(
    name: string,
    tenantId: string,
    given: Readonly<Record<string, unknown>>,
  ): Promise<ReportResult> {
    const report = this.report(name);
    const filters = parseReportFilters(report, given);
    return {
      report: report.name,
      title: report.title,
      tenantId,
      filters: filtersAsGiven(filters),
      columns: report.columns,
      chart: report.chart,
      rows: await report.rows(tenantId, filters),
    };
  }
}
