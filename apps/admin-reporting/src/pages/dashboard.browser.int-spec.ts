import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, principal } from '@lib/testing/command-service-harness';
import type { Browser, Page } from 'playwright-core';
import {
  type AdminReportingUnderTest,
  startAdminReporting,
} from '../../test/admin-reporting-under-test';
import { launchChromium } from '../../test/headless-chromium';
import { seedTwoTenants, TENANT } from '../../test/report-fixtures';
import { readModelsIn } from '../../test/seeded-read-models';
import type { ReportResult } from '../reports/report';

const ARTEFACTS = join(__dirname, '../../../../test/artefacts/admin-dashboard');

describe('the admin dashboard in headless Chromium', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let readModels: Awaited<ReturnType<typeof readModelsIn>>;
  let reporting: AdminReportingUnderTest;
  let browser: Browser;
  let page: Page;
  let origin: string;
  let token: string;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    database = await createTestDatabase();
    readModels = await readModelsIn(database.url);
    await seedTwoTenants(readModels);
    reporting = await startAdminReporting({ DATABASE_URL: database.url });
    await reporting.app.listen(0, '127.0.0.1');
    origin = new URL(await reporting.app.getUrl()).origin;
    token = await reporting.tokenFor(principal(TENANT, 'root', 'admin'));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
    });
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('Your bearer token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/`);
    await page.waitForLoadState('load');
    await page.screenshot({ path: join(ARTEFACTS, 'dashboard.png'), fullPage: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await reporting?.stop();
    await readModels?.end();
    await database?.drop();
  });

  const reportJson = async (name: string): Promise<ReportResult> =>
    (await reporting.get(`/reports/${name}.json`, token)).json<ReportResult>();

  /** The numbers written in a chart's SVG, as the reader sees them. */
  const chartNumbers = async (name: string): Promise<string[]> => {
    const chart = page.locator(`#${name}-chart svg`);
    await chart.waitFor();
    const texts = await chart.locator('text').allTextContents();
    return texts.map((text) => text.trim()).filter((text) => /^-?\d+(\.\d+)?$/.test(text));
  };

  const label = (value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);

  it.each([
    ['pair-alignment', 'pairAlignment'],
    ['collaboration-matrix', 'requests'],
  ])('the %s heatmap shows each cell of its JSON', async (name, key) => {
    const expected = (await reportJson(name)).rows.map((row) => label(row[key]));
    const shown = await chartNumbers(name);
    expect(expected.length).toBeGreaterThan(1);
    for (const value of expected) expect(shown).toContain(value);
    await page.locator(`#${name}-chart`).screenshot({ path: join(ARTEFACTS, `${name}.png`) });
  });

  it('the at-risk chart shows each project score of its JSON, and the table lists them', async () => {
    const rows = (await reportJson('at-risk-portfolio')).rows;
    const shown = await chartNumbers('at-risk-portfolio');
    expect(shown).toEqual(expect.arrayContaining(rows.map((row) => label(row.score))));
    const projects = await page
      .locator('#at-risk-portfolio-table tbody tr td:first-child')
      .allTextContents();
    expect(projects).toEqual(rows.map((row) => row.project));
    await page
      .locator('#at-risk-portfolio-chart')
      .screenshot({ path: join(ARTEFACTS, 'at-risk-portfolio.png') });
  });

  it('can be used with the keyboard: the first Tab reaches the skip link', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
  });

  it('logged no console error and sent no request outside its origin', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
