import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, principal } from '@lib/testing/command-service-harness';
import { DataSource } from 'typeorm';
import {
  type AdminReportingUnderTest,
  startAdminReporting,
} from '../../test/admin-reporting-under-test';
import { REPORTS, seedTwoTenants, TENANT } from '../../test/report-fixtures';
import { readModelsIn } from '../../test/seeded-read-models';
import { openReadModels, reportQueries } from '../read-models/reporting-read-models';
import { ReportCatalogue } from '../reports/report-catalogue';
import { adminProgram } from './admin.program';

describe('npm run admin', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let readModels: Awaited<ReturnType<typeof readModelsIn>>;
  let reporting: AdminReportingUnderTest;
  let sources: DataSource[];
  let catalogue: ReportCatalogue;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    readModels = await readModelsIn(database.url);
    await seedTwoTenants(readModels);
    reporting = await startAdminReporting({ DATABASE_URL: database.url });
    admin = await reporting.tokenFor(principal(TENANT, 'root', 'admin'));
    sources = [
      await openReadModels(DataSource, 'risk', database.url),
      await openReadModels(DataSource, 'alignment', database.url),
    ];
    catalogue = new ReportCatalogue(reportQueries(sources[0], sources[1]));
  });
  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy()));
    await reporting.stop();
    await readModels.end();
    await database.drop();
  });

  async function runAdmin(...args: string[]): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const program = adminProgram(async () => catalogue, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      interactive: false,
    });
    try {
      await program.parseAsync(['node', 'admin', ...args]);
    } catch (error) {
      stderr += error instanceof Error ? error.message : String(error);
    }
    return { stdout, stderr };
  }

  describe.each(['csv', 'json'])('export --format %s', (format) => {
    it.each(REPORTS)('writes %s exactly as HTTP answers it', async (report) => {
      const http = await reporting.get(`/reports/${report}.${format}`, admin);
      const cli = await runAdmin('export', report, '--tenant', TENANT, '--format', format);
      expect(cli.stderr).toBe('');
      expect(cli.stdout).toBe(http.body);
      expect(cli.stdout.length).toBeGreaterThan(100);
    });
  });

  it('applies the same filters as HTTP', async () => {
    const http = await reporting.get('/reports/at-risk-portfolio.csv?division=operations', admin);
    const cli = await runAdmin(
      'export',
      'at-risk-portfolio',
      '--tenant',
      TENANT,
      '--division',
      'operations',
    );
    expect(cli.stdout).toBe(http.body);
  });

  it('writes to a file with --out and says how many rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'admin-cli-')), 'matrix.csv');
    const cli = await runAdmin('export', 'collaboration-matrix', '--tenant', TENANT, '--out', file);
    const http = await reporting.get('/reports/collaboration-matrix.csv', admin);
    expect(readFileSync(file, 'utf8')).toBe(http.body);
    expect(cli.stderr).toBe(`3 rows of collaboration-matrix written to ${file}\n`);
  });

  it.each([
    [['export', 'at-risk-portfolio'], "required option '--tenant <id>' not specified"],
    [['export', 'at-risk-portfolio', '--tenant', 'a b'], 'must be an id'],
    [
      ['export', 'at-risk-portfolio', '--tenant', TENANT, '--format', 'xml'],
      'Allowed choices are csv, json',
    ],
    [
      ['export', 'at-risk-portfolio', '--tenant', TENANT, '--to', '2027-1-1'],
      'to: must be a date YYYY-MM-DD',
    ],
    [['export', 'nope', '--tenant', TENANT], 'no report is named "nope"'],
  ])('refuses %j naming the problem', async (args, problem) => {
    const cli = await runAdmin(...args);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toContain(problem);
  });

  it.each([[[]], [['export']], [['reports']]])('prints help for %j --help', async (args) => {
    const cli = await runAdmin(...args, '--help');
    expect(cli.stdout).toMatch(/^Usage: admin/);
  });

  it('lists the reports with their filters', async () => {
    const cli = await runAdmin('reports');
    expect(
      cli.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(REPORTS);
  });
});
