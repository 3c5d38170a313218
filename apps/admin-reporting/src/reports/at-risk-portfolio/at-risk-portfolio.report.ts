import { StrategicProjectRiskQueries } from '@lib/read-models';
import {
  instant,
  type ReportDefinition,
  type ReportFilters,
  type ReportRow,
  withinRange,
} from '../report';

/**
 * The strategic portfolio by division, band and leading reason code, highest risk first. Built
 * from current risk: band transitions over time need the band-change history, which the platform
 * does not record yet.
 */
export function atRiskPortfolioReport(risks: StrategicProjectRiskQueries): ReportDefinition {
  return {
    name: 'at-risk-portfolio',
    title: 'At-risk strategic portfolio',
    description:
      'Every strategic project with its risk score, band and leading reason, highest risk first.',
    filters: ['division', 'cycle', 'from', 'to'],
    columns: [
      { key: 'project', label: 'Project' },
      { key: 'division', label: 'Home division' },
      { key: 'cycle', label: 'Cycle' },
      { key: 'score', label: 'Risk score' },
      { key: 'band', label: 'Band' },
      { key: 'leadingReason', label: 'Leading reason' },
      { key: 'reasonCodes', label: 'Reason codes' },
      { key: 'evaluatedAt', label: 'Evaluated at' },
    ],
    chart: { kind: 'bar', category: 'project', values: ['score'] },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const projects = await risks.findProjectRisks(tenantId, {
        ...(filters.division ? { homeDivId: filters.division } : {}),
      });
      return projects
        .filter((project) => !filters.cycle || project.cycleId === filters.cycle)
        .filter((project) => withinRange(project.evaluatedAt, filters))
        .map((project) => ({
          project: project.projectId,
          division: project.homeDivId,
          cycle: project.cycleId,
          score: project.score,
          band: project.band,
          leadingReason: project.reasons[0]?.code ?? null,
          reasonCodes: [...new Set(project.reasons.map((reason) => reason.code))].join(' '),
          evaluatedAt: instant(project.evaluatedAt),
        }));
    },
  };
}
