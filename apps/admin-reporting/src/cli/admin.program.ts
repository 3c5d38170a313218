import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import type { ReportResult } from '../reports/report';
import type { ReportCatalogue } from '../reports/report-catalogue';
import { reportCsv } from '../reports/report-csv';
import { reportJson } from '../reports/report-json';

/** Where the CLI writes: stdout and stderr of the process, or a test's buffers. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal a progress bar can redraw. */
  readonly interactive: boolean;
}

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * `npm run admin -- <command>`: the admin reports exported exactly as HTTP answers them (the same
 * query, the same CSV and JSON), for one tenant, reading the read models on DATABASE_URL.
 */
export function adminProgram(
  catalogue: () => Promise<ReportCatalogue>,
  output: CliOutput,
): Command {
  const program = new Command('admin')
    .description('Admin reporting: export the reports as CSV or JSON')
    .configureOutput({ writeOut: output.stdout, writeErr: output.stderr })
    .exitOverride()
    .showHelpAfterError();

  program
    .command('reports')
    .description('List the reports with the filters each accepts')
    .action(async () => {
      for (const report of (await catalogue()).reports)
        output.stdout(
          `${report.name}\t${report.title}\tfilters: ${report.filters.join(', ') || 'none'}\n`,
        );
    });

  program
    .command('export')
    .description('Export one report of a tenant, as HTTP serves /reports/<report>.<format>')
    .argument('<report>', 'the report name (see `admin reports`)')
    .requiredOption('--tenant <id>', 'the tenant whose rows to export', tenantId)
    .addOption(
      new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'),
    )
    .option('--out <file>', 'write to this file instead of stdout (with a progress bar)')
    .option('--division <id>', 'only this division')
    .option('--cycle <id>', 'only this planning cycle')
    .option('--from <date>', 'from this day on (YYYY-MM-DD)')
    .option('--to <date>', 'up to this day (YYYY-MM-DD)')
    .action(async (name: string, options: ExportOptions) => {
      const { tenant, format, out, ...filters } = options;
      const result = await (await catalogue()).run(name, tenant, filters);
      const text = format === 'json' ? reportJson(result) : reportCsv(result);
      if (out) await writeWithProgress(out, text, result, output);
      else output.stdout(text);
    });

  return program;
}

type ExportOptions = Readonly<{
  tenant: string;
  format: 'csv' | 'json';
  out?: string;
  division?: string;
  cycle?: string;
  from?: string;
  to?: string;
}>;

function tenantId(value: string): string {
  if (!ID.test(value)) throw new InvalidArgumentError('must be an id (letters, digits, ._:-)');
  return value;
}

const CHUNK = 64 * 1024;

async function writeWithProgress(
  file: string,
  text: string,
  result: ReportResult,
  output: CliOutput,
): Promise<void> {
  const bar = new SingleBar({
    format: `${result.report} [{bar}] {percentage}% | {value}/{total} bytes`,
    stream: process.stderr,
    noTTYOutput: false,
  });
  if (output.interactive) bar.start(Buffer.byteLength(text), 0);
  const stream = createWriteStream(file);
  for (let at = 0; at < text.length; at += CHUNK) {
    const chunk = text.slice(at, at + CHUNK);
    if (!stream.write(chunk)) await once(stream, 'drain');
    if (output.interactive) bar.increment(Buffer.byteLength(chunk));
  }
  stream.end();
  await once(stream, 'finish');
  if (output.interactive) bar.stop();
  output.stderr(`${result.rows.length} rows of ${result.report} written to ${file}\n`);
}
