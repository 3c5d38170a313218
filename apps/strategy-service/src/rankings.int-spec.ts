import type { CommandReply } from '@lib/command-transport';
import {
  CYCLE,
  ledger,
  ledgerNeed,
  people,
  rejection,
  startStrategyService,
  type StrategyServiceUnderTest,
} from '../test/strategy-service-under-test';

/** Operations runs its own automation project and is asked for two pieces of the ledger work. */
const automation = {
  ...ledger,
  projectId: 'automation',
  name: 'Warehouse automation',
  ownerId: people.operationsPeer,
  homeDivisionId: 'operations',
};

const rank = (items: [string, string][], expectedRevision: number, cycleId = CYCLE) => ({
  divisionId: 'operations',
  cycleId,
  items: items.map(([kind, ref]) => ({ kind, ref })),
  expectedRevision,
});

describe('rankings through the strategy service', () => {
  let s: StrategyServiceUnderTest;
  const portfolioStream = () => `division-portfolio:${s.tenant}:operations/${CYCLE}`;

  beforeAll(async () => {
    s = await startStrategyService('rankings');
    await s.send('RegisterStrategicProject', ledger, s.as(people.owner));
    await s.send('RegisterStrategicProject', automation, s.as(people.operationsPeer));
    await s.send('DeclareSupportNeed', ledgerNeed('ledger-data'), s.as(people.owner));
    await s.send('DeclareSupportNeed', ledgerNeed('ledger-ops'), s.as(people.owner));
  });

  afterAll(() => s?.stop());

  describe('when the head ranks the portfolio without one of its open inbound needs', () => {
    let ranked: CommandReply;

    beforeAll(async () => {
      ranked = await s.send(
        'RankDivisionPortfolio',
        rank(
          [
            ['project', 'automation'],
            ['need', 'ledger-data'],
            ['theme', 'growth'],
          ],
          0,
        ),
        s.as(people.operationsHead),
      );
    });

    it('accepts the ranking with the UNRANKED_INBOUND_NEEDS warning', () => {
      expect(ranked).toMatchObject({
        warnings: ['UNRANKED_INBOUND_NEEDS'],
        events: [expect.objectContaining({ type: 'DivisionPortfolioRanked', streamVersion: 1 })],
      });
    });

    it('records the full ordered list and the warning in the event', async () => {
      const [event] = await s.streamEvents(portfolioStream());
      expect(event.data).toEqual({
        divisionId: 'operations',
        cycleId: CYCLE,
        revision: 1,
        items: [
          { kind: 'project', ref: 'automation' },
          { kind: 'need', ref: 'ledger-data' },
          { kind: 'theme', ref: 'growth' },
        ],
        rankedBy: people.operationsHead,
        warnings: ['UNRANKED_INBOUND_NEEDS'],
      });
    });
  });

  describe('when the delegate ranks again from the latest revision', () => {
    it('ranks without a warning once every open inbound need is placed', async () => {
      const ranked = await s.send(
        'RankDivisionPortfolio',
        rank(
          [
            ['need', 'ledger-ops'],
            ['need', 'ledger-data'],
          ],
          1,
        ),
        s.as(people.operationsDelegate),
      );
      expect(ranked.warnings).toEqual([]);
      expect((await s.streamEvents(portfolioStream()))[1].data).toMatchObject({ revision: 2 });
    });

    it('does not ask to place a need Operations has declined', async () => {
      await s.send(
        'DeclineSupport',
        { needId: 'ledger-ops', reasonCode: 'no_capacity' },
        s.as(people.operationsHead),
      );
      const ranked = await s.send(
        'RankDivisionPortfolio',
        rank([['need', 'ledger-data']], 2),
        s.as(people.operationsDelegate),
      );
      expect(ranked.warnings).toEqual([]);
    });
  });

  describe('a ranking is refused', () => {
    it.each([
      ['from a stale revision', rank([], 1), 'CONFLICT', 'REVISION_MISMATCH'],
      [
        "with another division's project",
        rank([['project', 'ledger']], 3),
        'RULE_VIOLATED',
        'UNKNOWN_PORTFOLIO_ITEM',
      ],
      [
        'with an item twice',
        rank(
          [
            ['theme', 'growth'],
            ['theme', 'growth'],
          ],
          3,
        ),
        'RULE_VIOLATED',
        'DUPLICATE_PORTFOLIO_ITEM',
      ],
      ['for a cycle that is not open', rank([], 0, '2027-h1'), 'RULE_VIOLATED', 'CYCLE_NOT_OPEN'],
    ])('%s, and nothing is appended', async (_, input, code, rule) => {
      const before = await s.storedEvents();
      const error = await rejection(
        s.send('RankDivisionPortfolio', input, s.as(people.operationsHead)),
      );
      expect(error).toMatchObject({ code, rule });
      expect(await s.storedEvents()).toBe(before);
    });
  });

  describe("the company's priorities", () => {
    it('are ranked by an executive from the themes of the cycle', async () => {
      const ranked = await s.send(
        'RankCompanyPriorities',
        { cycleId: CYCLE, themeIds: ['resilience', 'growth'] },
        s.as('ceo', 'executive'),
      );
      expect(ranked.streamId).toBe(`company-priorities:${s.tenant}:${CYCLE}`);
      expect((await s.streamEvents(ranked.streamId))[0]).toEqual({
        type: 'CompanyPrioritiesRanked',
        data: { cycleId: CYCLE, themeIds: ['resilience', 'growth'] },
      });
    });

    it('are not ranked by a division head', async () => {
      const error = await rejection(
        s.send(
          'RankCompanyPriorities',
          { cycleId: CYCLE, themeIds: ['growth'] },
          s.as(people.operationsHead),
        ),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_EXECUTIVE_OR_ADMIN' });
    });

    it('name only themes of the cycle', async () => {
      const error = await rejection(
        s.send(
          'RankCompanyPriorities',
          { cycleId: CYCLE, themeIds: ['growth', 'moonshots'] },
          s.as('ceo', 'executive'),
        ),
      );
      expect(error).toMatchObject({ code: 'RULE_VIOLATED', rule: 'THEME_NOT_IN_CYCLE' });
    });
  });
});
