import { DEFAULT_SCORING_RULES as rules } from '@lib/domain';
import { type HelpUnit, tieLedgerRow } from '../tie-ledger/tie-ledger.projection';
import { leaderSocialCapital, type SocialCapitalFacts } from './leader-social-capital.projection';

const now = '2026-03-31T00:00:00.000Z';
const division = { ana: 'fin', ben: 'ops', cho: 'legal', dan: 'ops' } as const;
type Leader = keyof typeof division;

function line(
  key: string,
  giverId: Leader,
  receiverId: Leader,
  units: number,
  at: string,
): HelpUnit {
  return {
    unitKey: key,
    giverId,
    giverDivId: division[giverId],
    receiverId,
    receiverDivId: division[receiverId],
    units,
    at,
    evidence: { eventId: `event-${key}`, type: 'PeerRequestFulfilled', recordedAt: at },
  };
}

const lines = [
  line('a', 'ana', 'ben', 4, '2026-03-20T00:00:00.000Z'),
  line('b', 'ben', 'ana', 2, '2026-03-21T00:00:00.000Z'),
  line('c', 'cho', 'ana', 3, '2026-03-22T00:00:00.000Z'),
  line('d', 'ana', 'cho', 1, '2026-03-22T00:00:00.000Z'),
  line('e', 'ana', 'ben', 1, '2025-12-01T00:00:00.000Z'),
];
const pairs: [Leader, Leader][] = [
  ['ana', 'ben'],
  ['ben', 'ana'],
  ['cho', 'ana'],
  ['ana', 'cho'],
];
const facts: SocialCapitalFacts = {
  leaderIds: ['ana', 'ben', 'cho', 'dan'],
  ledger: pairs.flatMap(([from, to]) => tieLedgerRow('t', from, to, lines, rules) ?? []),
  recentLines: lines,
  divisionOf: new Map(Object.entries(division)),
  heads: new Map([['ops', 'dan']]),
  neededDivisions: new Map([['ben', ['legal']]]),
  reliability: new Map([
    ['ana', { due: 2, kept: 2, evidence: [] }],
    ['ben', { due: 2, kept: 0, evidence: [] }],
  ]),
};

describe('leader social capital (domain README §5.2)', () => {
  const { capital, dyads } = leaderSocialCapital('t', facts, now, rules);
  const ana = capital.find((row) => row.leaderId === 'ana');

  it('scores every active leader, the score being the sum of the components’ contributions', () => {
    expect(capital.map((row) => row.leaderId)).toEqual(['ana', 'ben', 'cho', 'dan']);
    for (const row of capital) {
      const sum = Object.values(row.components).reduce((total, c) => total + c.contribution, 0);
      expect(row.score).toBeCloseTo(sum, 12);
      expect(row).toMatchObject({ evaluatedAt: now, ruleVersion: 1 });
    }
  });

  it('gives nothing for giving to a leader who gave nothing', () => {
    expect(capital.find((row) => row.leaderId === 'dan')?.components.giving.value).toBe(0);
  });

  it("counts Ana's reliability above Ben's, both pulled towards the organisation's rate", () => {
    const ben = capital.find((row) => row.leaderId === 'ben');
    expect(ana?.components.reliability.value).toBeCloseTo((2 + 5 * 0.5) / (2 + 5), 12);
    expect(ben?.components.reliability.value).toBeCloseTo((0 + 5 * 0.5) / (2 + 5), 12);
  });

  it('cites the help of the last 30 days that weighs most, not older help', () => {
    expect(ana?.evidence.giving.map((e) => e.eventId)).toEqual(['event-a', 'event-d']);
    expect(ana?.evidence.crossDivisionBreadth.map((e) => e.eventId)).toEqual([
      'event-a',
      'event-c',
      'event-b',
    ]);
  });

  it("keeps Ana's capital with each division she worked with, overdrawn with legal", () => {
    const mine = dyads.filter((dyad) => dyad.leaderId === 'ana');
    expect(mine.map((dyad) => [dyad.divisionId, dyad.overdrawn])).toEqual([
      ['legal', true],
      ['ops', false],
    ]);
    expect(mine.find((dyad) => dyad.divisionId === 'ops')?.hasContact).toBe(false);
  });

  it("keeps Ben's capital with legal, which his project needs, though he has no tie there", () => {
    expect(dyads.find((d) => d.leaderId === 'ben' && d.divisionId === 'legal')).toMatchObject({
      give: 0,
      recv: 0,
      value: 0,
      overdrawn: false,
    });
  });
});
