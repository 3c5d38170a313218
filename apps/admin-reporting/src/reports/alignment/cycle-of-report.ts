import type { CompanyAlignmentQueries } from '@lib/read-models';
import type { ReportFilters } from '../report';

/** The cycle asked for, or else the tenant's current one; undefined before any alignment. */
export async function cycleOfReport(
  alignment: CompanyAlignmentQueries,
  tenantId: string,
  filters: ReportFilters,
): Promise<string | undefined> {
  return filters.cycle ?? (await alignment.findCycleIds(tenantId))[0];
}
