import {
  aggregateOver,
  aggregatesByDivision,
  type AssessedLeader,
} from './assessment-aggregates.derive';

const scores = (C: number) => ({ scores: { C, R: 4, I: 4, S: 4 }, trust: 10 * C });

function leadersOf(divisionId: string, count: number, credibility = 4, withPeers = true) {
  return Array.from({ length: count }, (_, i): AssessedLeader => ({
    subjectId: `${divisionId}-${i}`,
    divisionId,
    self: scores(credibility),
    ...(withPeers ? { peers: scores(credibility) } : {}),
  }));
}

describe('assessment aggregates', () => {
  describe('when a division has 4 assessed leaders', () => {
    const leaders = leadersOf('legal', 4);

    it('shows nothing of it, not even how many', () => {
      expect(aggregatesByDivision(leaders)).toEqual([
        { divisionId: 'legal', suppressedDivisionIds: ['legal'], self: null, peers: null },
      ]);
    });
  });

  describe('when a division has 5 assessed leaders', () => {
    it('shows their means', () => {
      const [finance] = aggregatesByDivision(leadersOf('finance', 5, 6));
      expect(finance.self).toEqual({
        divisionIds: ['finance'],
        leaders: 5,
        means: { C: 6, R: 4, I: 4, S: 4 },
        trust: 60,
      });
    });

    it('counts only the released peer results in the peer figure', () => {
      const leaders = [...leadersOf('finance', 3, 6), ...leadersOf('finance', 3, 6, false)];
      expect(aggregatesByDivision(leaders)[0]).toMatchObject({ self: { leaders: 6 }, peers: null });
    });
  });

  describe('given two overlapping filters that differ by one person', () => {
    // Finance has 6; Legal has 1. Finance+Legal minus Finance would be Legal's one leader.
    const leaders = [...leadersOf('finance', 6, 5), ...leadersOf('legal', 1, 1)];
    const both = aggregateOver(leaders, ['finance', 'legal']);
    const financeOnly = aggregateOver(leaders, ['finance']);

    it('gives both filters the same figures, so their difference reveals nobody', () => {
      expect(both.self).toEqual(financeOnly.self);
      expect(both.peers).toEqual(financeOnly.peers);
      expect(both.self).toMatchObject({ leaders: 6, divisionIds: ['finance'] });
    });

    it('says which division was left out, without its size', () => {
      expect(both.suppressedDivisionIds).toEqual(['legal']);
      expect(JSON.stringify(both)).not.toContain('legal-0');
    });

    it('leaves the small division out of the whole tenant too', () => {
      expect(aggregateOver(leaders).self).toEqual(financeOnly.self);
    });
  });

  describe('given two publishable divisions', () => {
    it('averages over every leader of both', () => {
      const leaders = [...leadersOf('finance', 5, 6), ...leadersOf('legal', 5, 2)];
      expect(aggregateOver(leaders, ['finance', 'legal']).self).toMatchObject({
        divisionIds: ['finance', 'legal'],
        leaders: 10,
        means: { C: 4 },
      });
    });
  });
});
