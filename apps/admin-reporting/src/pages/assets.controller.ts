import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { REPORT_CHARTS_SCRIPT } from './report-charts.script';

// Resolved from the installed package, so the app serves the very echarts it depends on. Node's
// own require: webpack would turn require.resolve into a module id inside the bundle.
const ECHARTS = createRequire(__filename).resolve('echarts/dist/echarts.min.js');

/** The pages' scripts, served by the app itself: nothing is fetched from another origin. */
@Controller('assets')
export class AssetsController {
  @Get('echarts.min.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'public, max-age=86400')
  echarts(): StreamableFile {
    return new StreamableFile(createReadStream(ECHARTS));
  }

  @Get('report-charts.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  reportCharts(): string {
    return REPORT_CHARTS_SCRIPT;
  }
}
