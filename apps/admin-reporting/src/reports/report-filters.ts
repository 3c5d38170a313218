import { FILTER_NAMES, type FilterName, type ReportDefinition, type ReportFilters } from './report';

/** A filter the caller gave that breaks a rule: answered 400 with the field and the rule. */
export class InvalidReportFilter extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
    this.name = 'InvalidReportFilter';
  }
}

const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const END_OF_DAY_MS = 24 * 60 * 60 * 1000 - 1;

/**
 * The report's filters from a query string (HTTP) or options (CLI). A filter the report's data
 * cannot answer is refused rather than ignored, so nobody reads an unfiltered report as filtered.
 */
export function parseReportFilters(
  report: ReportDefinition,
  given: Readonly<Record<string, unknown>>,
): ReportFilters {
  const filters: { division?: string; cycle?: string; from?: Date; to?: Date } = {};
  for (const [field, raw] of Object.entries(given)) {
    if (raw === undefined || raw === '') continue;
    if (!FILTER_NAMES.includes(field as FilterName))
      throw new InvalidReportFilter(field, `is not a filter (use ${FILTER_NAMES.join(', ')})`);
    if (!report.filters.includes(field as FilterName))
      throw new InvalidReportFilter(field, `does not apply to the ${report.name} report`);
    if (typeof raw !== 'string') throw new InvalidReportFilter(field, 'must be given once');
    if (field === 'division' || field === 'cycle') filters[field] = id(field, raw);
    else filters[field as 'from' | 'to'] = day(field, raw, field === 'to');
  }
  if (filters.from && filters.to && filters.from > filters.to)
    throw new InvalidReportFilter('to', 'must not be before from');
  return filters;
}

/** The filters as given, for the report's JSON and the page's form. */
export function filtersAsGiven(filters: ReportFilters): Record<string, string> {
  const given: Record<string, string> = {};
  if (filters.division) given.division = filters.division;
  if (filters.cycle) given.cycle = filters.cycle;
  if (filters.from) given.from = filters.from.toISOString().slice(0, 10);
  if (filters.to) given.to = filters.to.toISOString().slice(0, 10);
  return given;
}

function id(field: string, raw: string): string {
  if (!ID.test(raw)) throw new InvalidReportFilter(field, 'must be an id (letters, digits, ._:-)');
  return raw;
}

function day(field: string, raw: string, endOfDay: boolean): Date {
  const at = new Date(`${raw}T00:00:00.000Z`);
  if (!DAY.test(raw) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== raw)
    throw new InvalidReportFilter(field, 'must be a date YYYY-MM-DD');
  return endOfDay ? new Date(at.getTime() + END_OF_DAY_MS) : at;
}
