import { Eta } from 'eta';
import type { ReportDefinition, ReportResult } from '../reports/report';
import { FILTER_FORM, LAYOUT, REPORT_PANEL } from './page-templates';

const FILTER_INPUTS = {
  division: { label: 'Division', type: 'text' },
  cycle: { label: 'Cycle', type: 'text' },
  from: { label: 'From', type: 'date' },
  to: { label: 'To', type: 'date' },
} as const;

/** Renders the server-side pages: every chart beside its table, from the same report JSON. */
export class ReportPages {
  private readonly eta = new Eta({ autoEscape: true, useWith: false });

  constructor(private readonly reports: readonly ReportDefinition[]) {
    this.eta.loadTemplate('@layout', LAYOUT);
    this.eta.loadTemplate('@panel', REPORT_PANEL);
    this.eta.loadTemplate('@filters', FILTER_FORM);
  }

  dashboard(results: readonly ReportResult[]): string {
    const body = ['<h1>Admin reporting</h1>', ...results.map((result) => this.panel(result))].join(
      '\n',
    );
    return this.page('Dashboard', body);
  }

  report(result: ReportResult): string {
    const report = this.reports.find((candidate) => candidate.name === result.report)!;
    const filters = this.eta.render('@filters', {
      name: report.name,
      filters: report.filters.map((name) => ({
        name,
        ...FILTER_INPUTS[name],
        value: result.filters[name] ?? '',
      })),
    });
    return this.page(
      result.title,
      `<h1>${escapeHtml(result.title)}</h1>\n${filters}\n${this.panel(result)}`,
    );
  }

  private panel(result: ReportResult): string {
    const report = this.reports.find((candidate) => candidate.name === result.report)!;
    const query = new URLSearchParams(result.filters).toString();
    return this.eta.render('@panel', {
      result,
      description: report.description,
      query: query ? `?${query}` : '',
      json: scriptSafeJson(result),
    });
  }

  private page(title: string, body: string): string {
    return this.eta.render('@layout', { title, body, reports: this.reports });
  }
}

/** JSON inside a script element: `<` escaped so no value can close the element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
