/** A cell of a report: what CSV and JSON both carry, so the two agree value for value. */
export type ReportValue = string | number | boolean | null;
export type ReportRow = Readonly<Record<string, ReportValue>>;

export const FILTER_NAMES = ['division', 'cycle', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The filters a caller gave, already checked; `from` and `to` bound a date range inclusively. */
export type ReportFilters = Readonly<{
  division?: string;
  cycle?: string;
  from?: Date;
  to?: Date;
}>;

export type ReportColumn = Readonly<{ key: string; label: string }>;

/**
 * How the page draws the rows: a heatmap of `value` over (`x`, `y`), or bars of `values` per
 * `category`. The browser builds the chart from the report's JSON, never from the table.
 */
export type ChartSpec =
  | Readonly<{ kind: 'heatmap'; x: string; y: string; value: string }>
  | Readonly<{ kind: 'bar'; category: string; values: readonly string[] }>;

/** One admin report: its rows come from one query, and every format is drawn from them. */
export interface ReportDefinition {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The filters the data can answer; any other is refused with the reason. */
  readonly filters: readonly FilterName[];
  readonly columns: readonly ReportColumn[];
  readonly chart: ChartSpec;
  rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]>;
}

/** A report as answered: the JSON format is exactly this object. */
export type ReportResult = Readonly<{
  report: string;
  title: string;
  tenantId: string;
  filters: Readonly<Record<string, string>>;
  columns: readonly ReportColumn[];
  chart: ChartSpec;
  rows: readonly ReportRow[];
}>;

/** An ISO instant as reports print it, or null. */
export function instant(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** Whether `at` lies inside the filters' date range. */
export function withinRange(at: Date | null, filters: ReportFilters): boolean {
  if (!filters.from && !filters.to) return true;
  if (!at) return false;
  return (!filters.from || at >= filters.from) && (!filters.to || at <= filters.to);
}
