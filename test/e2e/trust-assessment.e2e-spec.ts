import { CURRENT_TRUST_INSTRUMENT } from '@lib/domain';
import {
  AssessmentAggregatesQueries,
  type TrustAssessmentResult,
  TrustAssessmentResultQueries,
} from '@lib/read-models';
import { eventually, FeedReader } from '@lib/testing';
import { RaterKeyring } from '../../apps/assessment-service/src/rater-privacy';
import { ASSESSMENT_READ_SCHEMA } from '../../apps/assessment-projector/src/assessment-projector.options';
import { ASSESSMENT_SCHEMA } from '../../apps/assessment-service/src/assessment-service.options';
import { type AssessmentWorld, rejection, startAssessmentWorld } from './trust-assessment-world';

// Ana assesses herself and asks six peers of Operations. Their ids are distinctive, so finding one
// anywhere, even inside a longer string, would be a leak and not a coincidence.
const ana = 'leader-ana-8d2f';
const raters = ['ben-41c7', 'cy-93ad', 'dee-5b10', 'eli-e2f4', 'fay-07aa', 'gus-c6d3'].map(
  (name) => `rater-${name}`,
);
const financePeers = ['fin-a', 'fin-b', 'fin-c', 'fin-d'].map((name) => `leader-${name}`);
const people = {
  [ana]: 'finance',
  ...Object.fromEntries(financePeers.map((id) => [id, 'finance'])),
  'leader-legal-1': 'legal',
  ...Object.fromEntries(raters.map((id) => [id, 'operations'])),
  'leader-zoe-1f9e': 'operations',
};
const ASSESSMENT = 'trust-ana-2026';

type Values = Record<'C' | 'R' | 'I' | 'S', number>;
const answersOf = (values: Values) =>
  CURRENT_TRUST_INSTRUMENT.items.map(({ id, component }) => ({
    item: id,
    value: values[component],
  }));

// The five ratings the result is released on, and the peers' means by hand:
// C (7+6+5+6+6)/5 = 6, R (6+6+5+7+6)/5 = 6, I (5+4+5+6+5)/5 = 5, S (2+3+4+2+4)/5 = 3.
const ratings: Values[] = [
  { C: 7, R: 6, I: 5, S: 2 },
  { C: 6, R: 6, I: 4, S: 3 },
  { C: 5, R: 5, I: 5, S: 4 },
  { C: 6, R: 7, I: 6, S: 2 },
  { C: 6, R: 6, I: 5, S: 4 },
];
const self: Values = { C: 7, R: 7, I: 7, S: 2 };
const logScale = (trust: number) => (100 * Math.log(trust / (3 / 7))) / Math.log(21 / (3 / 7));

describe('the Trusted Leader assessment, from commands to the read models', () => {
  let w: AssessmentWorld;
  let results: TrustAssessmentResultQueries;
  const rate = (rater: string, values: Values) =>
    w.send(
      'SubmitPeerTrustRating',
      { assessmentId: ASSESSMENT, answers: answersOf(values) },
      w.as(rater),
    );
  const result = (check: (found: TrustAssessmentResult) => void) =>
    eventually(
      async () => {
        const found = await results.resultOf(w.tenant, ASSESSMENT);
        expect(found).toBeDefined();
        check(found!);
        return found!;
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );

  beforeAll(async () => {
    w = await startAssessmentWorld('trust-assessment', people);
    results = new TrustAssessmentResultQueries(w.pool, ASSESSMENT_READ_SCHEMA);
    const selfAssessment = {
      assessmentId: ASSESSMENT,
      instrumentVersion: 1,
      answers: answersOf(self),
    };
    await w.send('SubmitTrustSelfAssessment', selfAssessment, w.as(ana));
    await w.send(
      'RequestPeerTrustRatings',
      { assessmentId: ASSESSMENT, raterIds: raters },
      w.as(ana),
    );
    for (const [i, values] of ratings.slice(0, 4).entries()) await rate(raters[i], values);
  });

  afterAll(() => w?.stop());

  describe('with 4 ratings', () => {
    it('shows the subject that 4 are pending, and no peer score at all', async () => {
      const withheld = await result((found) => expect(found.pendingCount).toBe(4));
      expect(withheld.peers).toBeUndefined();
      expect(withheld.self.trust).toBe(21 / 2);
    });
  });

  describe('when the fifth rating arrives', () => {
    let released: TrustAssessmentResult;

    beforeAll(async () => {
      await rate(raters[4], ratings[4]);
      released = await result((found) => expect(found.peers).toBeDefined());
    });

    it("releases the peers' result: Maister's equation over the five, as computed by hand", () => {
      expect(released.pendingCount).toBe(0);
      expect(released.peers?.ratingCount).toBe(5);
      expect(released.peers?.trust.trust).toBeCloseTo(17 / 3, 12);
      expect(released.peers?.trust.normalised).toBeCloseTo(logScale(17 / 3), 12);
      expect(released.peers?.trust.components.map((c) => c.score)).toEqual([6, 6, 5, 3]);
    });

    it('compares self and peers per component and names the widest gaps', () => {
      expect(released.peers?.gaps).toEqual({ C: -1, R: -1, I: -2, S: 1 });
      expect(released.peers?.widestGapItems.map(({ item }) => item)).toEqual(['i1', 'i2', 'i3']);
    });
  });

  describe('when a rater rates a second time', () => {
    it('is refused, although no event names them', async () => {
      expect(await rejection(rate(raters[0], self))).toMatchObject({
        code: 'CONFLICT',
        rule: 'ALREADY_RATED',
      });
    });

    it('refuses a leader who was not invited, and the subject rating themself', async () => {
      expect(await rejection(rate('leader-zoe-1f9e', self))).toMatchObject({ rule: 'NOT_INVITED' });
      expect(await rejection(rate(ana, self))).toMatchObject({ rule: 'SELF_RATING' });
    });
  });

  describe('when an answer is off the scale or the instrument unknown', () => {
    it('refuses the input, naming each field and its rule', async () => {
      const answers = answersOf(self).map((a, i) => (i === 0 ? { ...a, value: 9 } : a));
      const refused = await rejection(
        w.send(
          'SubmitTrustSelfAssessment',
          { assessmentId: 'trust-bad', instrumentVersion: 0, answers },
          w.as(ana),
        ),
      );
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(refused.errors?.map(({ field, rule }) => `${field} ${rule}`).sort()).toEqual([
        'answers.0.value max',
        'instrumentVersion min',
      ]);
    });

    it('refuses an instrument version that was never published', async () => {
      const input = { assessmentId: 'trust-bad', instrumentVersion: 2, answers: answersOf(self) };
      expect(await rejection(w.send('SubmitTrustSelfAssessment', input, w.as(ana)))).toMatchObject({
        code: 'RULE_VIOLATED',
        rule: 'UNKNOWN_INSTRUMENT_VERSION',
        field: 'instrumentVersion',
      });
    });
  });

  describe('no rater in clear anywhere', () => {
    const leaks = (texts: string[]) =>
      raters.flatMap((rater) => texts.filter((text) => text.includes(rater)).map(() => rater));

    it('in the assessment events, their metadata, the commands and the snapshots', async () => {
      const rows = await w.pool.query<{ text: string }>(
        `SELECT e::text AS text FROM ${ASSESSMENT_SCHEMA}.events e
         UNION ALL SELECT c::text FROM ${ASSESSMENT_SCHEMA}.commands c
         UNION ALL SELECT s::text FROM ${ASSESSMENT_SCHEMA}.snapshots s`,
      );
      expect(rows.rows.length).toBeGreaterThanOrEqual(7);
      expect(leaks(rows.rows.map(({ text }) => text))).toEqual([]);
    });

    it('on the Kafka topic: keys, CloudEvents headers and values', async () => {
      const feed = await FeedReader.read(w.assessmentTopic);
      try {
        await eventually(() => expect(feed.received.length).toBeGreaterThanOrEqual(7), {
          timeoutMs: 30_000,
        });
        const texts = feed.received.map((message) => JSON.stringify(message));
        expect(leaks(texts)).toEqual([]);
        const rated = feed.received.filter((m) => m.headers.ce_type === 'PeerTrustRatingSubmitted');
        expect(rated.map((m) => m.headers.ce_actorid)).toEqual(Array(5).fill('anonymous-rater'));
      } finally {
        await feed.stop();
      }
    });

    it('in every table of the read models', async () => {
      const tables = await w.pool.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1`,
        [ASSESSMENT_READ_SCHEMA],
      );
      expect(tables.rows.map((t) => t.table_name)).toContain('trust_assessment_results');
      for (const { table_name } of tables.rows) {
        const rows = await w.pool.query<{ text: string }>(
          `SELECT t::text AS text FROM ${ASSESSMENT_READ_SCHEMA}."${table_name}" t`,
        );
        expect({ table_name, leaks: leaks(rows.rows.map(({ text }) => text)) }).toEqual({
          table_name,
          leaks: [],
        });
      }
    });

    it('while the service alone can open a sealed rater reference', async () => {
      const { rows } = await w.pool.query<{ ref: string }>(
        `SELECT data->>'raterRef' AS ref FROM ${ASSESSMENT_SCHEMA}.events
         WHERE type = 'PeerTrustRatingSubmitted' ORDER BY global_position LIMIT 1`,
      );
      const keys = await w.service.app.get(RaterKeyring).keysOf(w.tenant);
      expect(keys.open(ASSESSMENT, rows[0].ref)).toBe(raters[0]);
    });
  });

  describe('aggregates by division', () => {
    let aggregates: AssessmentAggregatesQueries;

    beforeAll(async () => {
      aggregates = new AssessmentAggregatesQueries(w.pool, ASSESSMENT_READ_SCHEMA);
      for (const leader of [...financePeers, 'leader-legal-1']) {
        const input = {
          assessmentId: `trust-${leader}`,
          instrumentVersion: 1,
          answers: answersOf(self),
        };
        await w.send('SubmitTrustSelfAssessment', input, w.as(leader));
      }
      // Legal's one leader is counted, though shown nowhere: it is listed, suppressed.
      await eventually(
        async () =>
          expect((await aggregates.byDivision(w.tenant)).map((d) => d.divisionId)).toEqual([
            'finance',
            'legal',
          ]),
        { timeoutMs: 30_000 },
      );
      await eventually(
        async () =>
          expect((await aggregates.overDivisions(w.tenant, ['finance'])).self?.leaders).toBe(5),
        { timeoutMs: 30_000 },
      );
    });

    it('show a division of 5 assessed leaders, and nothing of one with fewer', async () => {
      const byDivision = await aggregates.byDivision(w.tenant);
      expect(byDivision.map((d) => [d.divisionId, d.self?.leaders ?? null])).toEqual([
        ['finance', 5],
        ['legal', null],
      ]);
      // One released peer result in Finance: a group of one, so no peer figure.
      expect(byDivision[0].peers).toBeNull();
    });

    it('give two overlapping filters figures whose difference isolates nobody', async () => {
      const both = await aggregates.overDivisions(w.tenant, ['finance', 'legal']);
      const finance = await aggregates.overDivisions(w.tenant, ['finance']);
      expect(both.self).toEqual(finance.self);
      expect(both.suppressedDivisionIds).toEqual(['legal']);
    });

    it("show another tenant nothing of this one's", async () => {
      expect(await aggregates.byDivision(`${w.tenant}-other`)).toEqual([]);
      expect(await results.resultOf(`${w.tenant}-other`, ASSESSMENT)).toBeUndefined();
    });
  });
});
