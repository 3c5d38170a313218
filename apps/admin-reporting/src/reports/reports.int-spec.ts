import { createTestDatabase, principal } from '@lib/testing/command-service-harness';
import {
  type AdminReportingUnderTest,
  startAdminReporting,
} from '../../test/admin-reporting-under-test';
import { parseCsv } from '../../test/parse-csv';
import { OTHER, REPORTS, seedTwoTenants, TENANT } from '../../test/report-fixtures';
import { readModelsIn } from '../../test/seeded-read-models';
import type { ReportResult } from './report';

describe('admin reports over HTTP', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let readModels: Awaited<ReturnType<typeof readModelsIn>>;
  let reporting: AdminReportingUnderTest;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    readModels = await readModelsIn(database.url);
    await seedTwoTenants(readModels);
    reporting = await startAdminReporting({ DATABASE_URL: database.url });
    admin = await reporting.tokenFor(principal(TENANT, 'root', 'admin'));
  });
  afterAll(async () => {
    await reporting.stop();
    await readModels.end();
    await database.drop();
  });

  const json = async (report: string, token = admin, query = '') => {
    const response = await reporting.get(`/reports/${report}.json${query}`, token);
    expect(response.statusCode).toBe(200);
    return response.json<ReportResult>();
  };

  describe('who may read them', () => {
    const urls = [
      '/',
      ...REPORTS.flatMap((r) => [`/reports/${r}`, `/reports/${r}.csv`, `/reports/${r}.json`]),
    ];

    it.each(urls)('Given no token, When %s is asked, Then it answers 401', async (url) => {
      expect((await reporting.get(url)).statusCode).toBe(401);
    });

    it.each(urls)('Given a forged token, When %s is asked, Then it answers 401', async (url) => {
      expect((await reporting.get(url, `${admin}x`)).statusCode).toBe(401);
    });

    it.each(urls)(
      'Given a leader or division head token, When %s is asked, Then it answers 403',
      async (url) => {
        for (const who of [
          principal(TENANT, 'ana', 'leader'),
          principal(TENANT, 'cfo', 'leader', 'division_head'),
        ])
          expect((await reporting.get(url, await reporting.tokenFor(who))).statusCode).toBe(403);
      },
    );

    it.each(urls)(
      'Given an executive token, When %s is asked, Then it answers 200',
      async (url) => {
        const executive = await reporting.tokenFor(principal(TENANT, 'cio', 'leader', 'executive'));
        expect((await reporting.get(url, executive)).statusCode).toBe(200);
      },
    );

    it.each(REPORTS)(
      "Given another tenant's admin, When %s is asked, Then none of this tenant's rows are in it",
      async (report) => {
        const otherAdmin = await reporting.tokenFor(principal(OTHER, 'root', 'admin'));
        const answer = await json(report, otherAdmin);
        const csv = (await reporting.get(`/reports/${report}.csv`, otherAdmin)).body;
        expect(answer.tenantId).toBe(OTHER);
        expect(answer.rows.length).toBeGreaterThan(0);
        for (const text of [JSON.stringify(answer.rows), csv])
          for (const ours of ['erp-rollout', 'operations', 'legal', 'HYPERLINK', 'ana'])
            expect(text).not.toContain(ours);
      },
    );
  });

  describe('CSV and JSON of the same report', () => {
    it.each(REPORTS)(
      '%s: the CSV has the JSON rows under a header of the column keys',
      async (report) => {
        const answer = await json(report);
        const response = await reporting.get(`/reports/${report}.csv`, admin);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        const [header, ...records] = parseCsv(response.body);
        expect(header).toEqual(answer.columns.map((c) => c.key));
        expect(records).toEqual(answer.rows.map((row) => header.map((key) => csvText(row[key]))));
      },
    );

    it('quotes commas, quotes and line breaks, and neutralises cells starting with = + - @', async () => {
      const matrix = (await reporting.get('/reports/collaboration-matrix.csv', admin)).body;
      expect(matrix).toContain(`"'=HYPERLINK(""http://evil"") , ""quoted""\nline"`);
      expect(matrix).toContain(',-2.5\r\n');
      const portfolio = (await reporting.get('/reports/at-risk-portfolio.csv', admin)).body;
      expect(portfolio).toContain("\r\n'+sum,");
      expect(portfolio).toContain("\r\n'@handle,");
    });
  });

  describe('the rows agree with the read models', () => {
    it('the matrix has every cell of the tenant with its numbers', async () => {
      const { rows } = await readModels.pool.query(
        `SELECT from_div_id, to_div_id, requests, net_give FROM risk.division_collaboration WHERE tenant_id = $1 ORDER BY 1, 2`,
        [TENANT],
      );
      const answer = await json('collaboration-matrix');
      expect(answer.rows.map((r) => [r.fromDivision, r.toDivision, r.requests, r.netGive])).toEqual(
        rows.map((r) => [r.from_div_id, r.to_div_id, r.requests, r.net_give]),
      );
    });

    it('the portfolio lists projects highest score first, filtered by division', async () => {
      expect(
        (await json('at-risk-portfolio')).rows.map((r) => [r.project, r.score, r.band]),
      ).toEqual([
        ['erp-rollout', 72, 'at_risk'],
        ['+sum', 35, 'watch'],
        ['@handle', 12, 'on_track'],
      ]);
      const operations = await json('at-risk-portfolio', admin, '?division=operations');
      expect(operations.rows.map((r) => r.project)).toEqual(['+sum']);
      expect(operations.filters).toEqual({ division: 'operations' });
    });

    it('concentration lists the busiest leader first with the Gini and top-5 % share of load', async () => {
      expect((await json('collaboration-concentration')).rows).toEqual([
        expect.objectContaining({
          leader: 'ana',
          load: 6,
          shareOfLoad: 0.75,
          overloaded: true,
          gini: 0.25,
          top5Share: 0.75,
        }),
        expect.objectContaining({
          leader: 'ben',
          load: 2,
          shareOfLoad: 0.25,
          overloaded: false,
          gini: 0.25,
          top5Share: 0.75,
        }),
      ]);
    });

    it('the reciprocity ledger has each division pair once with its net giver and taker', async () => {
      expect((await json('reciprocity-ledger', admin, '?division=operations')).rows).toEqual([
        {
          pair: 'finance ↔ operations',
          division: 'finance',
          otherDivision: 'operations',
          unitsGiven: 0,
          unitsReceived: 2.5,
          net: -2.5,
          netGiver: 'operations',
          netTaker: 'finance',
        },
      ]);
    });

    it("pair alignment lists the current cycle's pairs worst first, and VA per division", async () => {
      expect(
        (await json('pair-alignment')).rows.map((r) => [
          r.cycle,
          r.division,
          r.otherDivision,
          r.pairAlignment,
        ]),
      ).toEqual([
        ['fy27', 'finance', 'operations', 0.42],
        ['fy27', 'legal', 'operations', 0.81],
      ]);
      expect((await json('vertical-alignment', admin, '?division=legal')).rows).toEqual([
        { cycle: 'fy27', division: 'legal', verticalAlignment: 0.81, companyVersion: 1 },
      ]);
      expect((await json('pair-alignment', admin, '?cycle=fy28')).rows).toEqual([]);
    });

    it('reliability counts on-time delivery, counter-proposals and decline reasons per division', async () => {
      expect((await json('commitment-reliability')).rows).toEqual([
        expect.objectContaining({
          supportingDivision: 'legal',
          needs: 1,
          declined: 1,
          declineReasons: 'no_capacity:1',
          onTimeRate: null,
        }),
        expect.objectContaining({
          supportingDivision: 'operations',
          needs: 2,
          delivered: 2,
          onTimeRate: 0.5,
          counterProposalRate: 0.5,
          medianHoursToCommit: 48,
        }),
      ]);
    });
  });

  describe('filters', () => {
    it.each([
      ['at-risk-portfolio', '?from=2027-02-30', 'from', 'must be a date YYYY-MM-DD'],
      ['at-risk-portfolio', '?from=2027-03-04&to=2027-03-01', 'to', 'must not be before from'],
      [
        'collaboration-matrix',
        '?cycle=fy27',
        'cycle',
        'does not apply to the collaboration-matrix report',
      ],
      [
        'collaboration-matrix',
        '?division=a%20b',
        'division',
        'must be an id (letters, digits, ._:-)',
      ],
      [
        'commitment-reliability',
        '?colour=red',
        'colour',
        'is not a filter (use division, cycle, from, to)',
      ],
    ])('%s%s is refused naming %s', async (report, query, field, rule) => {
      const response = await reporting.get(`/reports/${report}.json${query}`, admin);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual(
        expect.objectContaining({
          code: 'VALIDATION_FAILED',
          errors: [expect.objectContaining({ field, rule })],
        }),
      );
    });

    it('a date range keeps only the rows inside it', async () => {
      expect(
        (await json('at-risk-portfolio', admin, '?from=2027-03-03&to=2027-03-03')).rows,
      ).toHaveLength(3);
      expect((await json('at-risk-portfolio', admin, '?to=2027-03-02')).rows).toHaveLength(0);
    });
  });

  it('the page carries the chart, the JSON it is drawn from and the same numbers as a table', async () => {
    const page = (await reporting.get('/reports/at-risk-portfolio', admin)).body;
    expect(page).toContain('id="at-risk-portfolio-chart"');
    expect(page).toContain('<script type="application/json" id="at-risk-portfolio-data">');
    expect(page).toMatch(
      /<td>erp-rollout<\/td><td>finance<\/td><td>fy27<\/td><td class="number">72<\/td>/,
    );
    expect(page).toContain('src="/assets/echarts.min.js"');
    expect((await reporting.get('/assets/echarts.min.js')).body.length).toBeGreaterThan(500_000);
  });
});

function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('signing in from a browser', () => {
  let reporting: AdminReportingUnderTest;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let readModels: Awaited<ReturnType<typeof readModelsIn>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    readModels = await readModelsIn(database.url);
    reporting = await startAdminReporting({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await reporting.stop();
    await readModels.end();
    await database.drop();
  });

  const signIn = (token: string) =>
    reporting.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token }).toString(),
    });

  it("Given an admin's token, When posted, Then a same-site HttpOnly cookie opens the dashboard", async () => {
    const answer = await signIn(await reporting.tokenFor(principal(TENANT, 'root', 'admin')));
    expect(answer.statusCode).toBe(303);
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/^admin_token=[^;]+; HttpOnly; SameSite=Strict; Path=\/$/);
    const page = await reporting.app.inject({
      method: 'GET',
      url: '/',
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(page.statusCode).toBe(200);
  });

  it("Given a leader's token, When posted, Then no cookie is set and the form says why", async () => {
    const answer = await signIn(await reporting.tokenFor(principal(TENANT, 'ana', 'leader')));
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.body).toContain('token: reports are for admins and executives');
  });
});
