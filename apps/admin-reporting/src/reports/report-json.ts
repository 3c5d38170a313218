import type { ReportResult } from './report';

/** The JSON of a report, byte for byte what HTTP answers (Fastify serialises with JSON.stringify). */
export function reportJson(result: ReportResult): string {
  return JSON.stringify(result);
}
