import { rankMoves } from './alignment-drift.derive';
import { cyclesReached, reachOf, reranksReached } from './alignment-reach';
import { items } from './test/alignment.fixtures';
import type { RankingInput } from '../division-pair-alignment/alignment-inputs';

const ranking = (cycleId: string, divisionId: string, revision: number, occurredAt: string) =>
  ({
    tenantId: 't',
    cycleId,
    divisionId,
    revision,
    occurredAt,
    items: [],
  }) as unknown as RankingInput;

describe('which rows an input reaches', () => {
  describe('given a re-rank', () => {
    const change = {
      kind: 'ranking',
      ranking: ranking('c1', 'F', 2, '2026-02-01T00:00:00.000Z'),
    } as const;

    it('then it reaches its cycle, the re-ranks from its time on, and its own next revision', () => {
      const reach = reachOf(change);
      expect(reach.cycles).toEqual({ cycleId: 'c1' });
      const rankings = [
        ranking('c1', 'O', 1, '2026-01-01T00:00:00.000Z'),
        ranking('c1', 'F', 1, '2026-01-01T00:00:00.000Z'),
        change.ranking,
        // Recorded with a clock behind: still the revision whose "before" this ranking is.
        ranking('c1', 'F', 3, '2026-01-15T00:00:00.000Z'),
        ranking('c1', 'O', 2, '2026-02-01T00:00:00.000Z'),
      ];
      const reached = reranksReached({ rankings } as never, reach);
      expect(reached.map((r) => `${r.divisionId}#${r.revision}`)).toEqual(['F#2', 'F#3', 'O#2']);
    });
  });

  describe('given a need declared on 1 March', () => {
    it('then it reaches open cycles, cycles closed since, and cycles re-ranked since', () => {
      const reach = reachOf({
        kind: 'needClosed',
        tenantId: 't',
        needId: 'n1',
        closed: {
          at: '2026-03-01T00:00:00.000Z',
          type: 'SupportDelivered',
          eventId: 'e',
          recordedAt: null,
        },
      });
      const index = [
        { cycleId: 'open', lastRankedAt: '2026-01-01T00:00:00.000Z', closedAt: null },
        {
          cycleId: 'closed-before',
          lastRankedAt: '2026-01-01T00:00:00.000Z',
          closedAt: '2026-02-01T00:00:00.000Z',
        },
        {
          cycleId: 'closed-after',
          lastRankedAt: '2026-01-01T00:00:00.000Z',
          closedAt: '2026-04-01T00:00:00.000Z',
        },
        {
          cycleId: 'ranked-after',
          lastRankedAt: '2026-03-02T00:00:00.000Z',
          closedAt: '2026-02-01T00:00:00.000Z',
        },
      ];
      expect(cyclesReached(index, (reach.cycles as { from: string }).from)).toEqual([
        'open',
        'closed-after',
        'ranked-after',
      ]);
    });
  });
});

describe('the moves of a re-rank', () => {
  it('lists items that moved, arrived or left, by 1-based rank', () => {
    expect(rankMoves(items('t:t1 n:n1 p:p1'), items('n:n1 t:t1 n:n2'))).toEqual([
      { kind: 'need', ref: 'n1', from: 2, to: 1 },
      { kind: 'theme', ref: 't1', from: 1, to: 2 },
      { kind: 'need', ref: 'n2', from: null, to: 3 },
      { kind: 'project', ref: 'p1', from: 3, to: null },
    ]);
  });

  it('tells a theme and a project with the same ref apart', () => {
    expect(rankMoves(items('t:x p:x'), items('t:x p:x'))).toEqual([]);
  });
});
