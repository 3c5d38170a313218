import { stringify } from 'csv-stringify/sync';
import type { ReportResult } from './report';

/**
 * RFC 4180 CSV of a report: a header row of the column keys, CRLF line ends, fields quoted where
 * a comma, quote or any line break needs it (csv-stringify alone leaves a bare LF unquoted), and
 * text cells starting with = + - @ (or tab / CR) prefixed with a quote so a spreadsheet never runs
 * them as formulas. Numbers stay numbers, so a negative balance is not mangled.
 */
export function reportCsv(result: ReportResult): string {
  const keys = result.columns.map((column) => column.key);
  return stringify(
    result.rows.map((row) => keys.map((key) => row[key] ?? null)),
    {
      header: true,
      columns: keys,
      record_delimiter: 'windows',
      escape_formulas: true,
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => String(value) },
    },
  );
}
