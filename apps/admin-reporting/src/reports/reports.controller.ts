import type { Principal } from '@lib/auth';
import {
  Controller,
  Get,
  Header,
  Inject,
  Param,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Caller } from '../access/caller.decorator';
import { ReportAccessGuard } from '../access/report-access.guard';
import { ReportPages } from '../pages/report-pages';
import { InvalidReportFilterResponse } from './invalid-report-filter.response';
import { ReportCatalogue } from './report-catalogue';
import { reportCsv } from './report-csv';
import { reportJson } from './report-json';

const FORMATS = ['html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Each report as a page, a CSV download or JSON, all from one run of its query. */
@Controller()
@UseGuards(ReportAccessGuard)
@UseFilters(InvalidReportFilterResponse)
export class ReportsController {
  constructor(
    @Inject(ReportCatalogue) private readonly catalogue: ReportCatalogue,
    @Inject(ReportPages) private readonly pages: ReportPages,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  async dashboard(@Caller() caller: Principal): Promise<string> {
    const results = await Promise.all(
      this.catalogue.reports.map((report) => this.catalogue.run(report.name, caller.tenantId, {})),
    );
    return this.pages.dashboard(results);
  }

  @Get('reports')
  list() {
    return this.catalogue.reports.map(({ name, title, description, filters }) => ({
      name,
      title,
      description,
      filters,
      formats: FORMATS,
    }));
  }

  @Get('reports/:file')
  async report(
    @Caller() caller: Principal,
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const [name, format] = nameAndFormat(file);
    const result = await this.catalogue.run(name, caller.tenantId, query);
    if (format === 'json') {
      void reply.header('content-type', 'application/json; charset=utf-8');
      return reportJson(result);
    }
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return reportCsv(result);
    }
    void reply.header('content-type', 'text/html; charset=utf-8');
    return this.pages.report(result);
  }
}

function nameAndFormat(file: string): [string, Format] {
  const dot = file.lastIndexOf('.');
  const format = dot < 0 ? 'html' : file.slice(dot + 1);
  if (!FORMATS.includes(format as Format)) return [file, 'html'];
  return [dot < 0 ? file : file.slice(0, dot), format as Format];
}
