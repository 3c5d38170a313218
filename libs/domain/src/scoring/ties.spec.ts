import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';
import { giveOf, recvOf, tieNetworkAt, tieWeight } from './tie-network';
import {
  addToTie,
  decayTo,
  type DirectedTie,
  helpTransfers,
  isActiveTie,
  isDormantTie,
  meanGapDays,
  undirectedTie,
} from './ties';

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => Date.UTC(2025, 0, 1) + n * DAY;

/** A tie built by folding (units, day) acts in the given order. */
function tieOf(...acts: [number, number][]): DirectedTie {
  return acts.reduce<DirectedTie | undefined>(
    (tie, [units, at]) => addToTie(tie, units, day(at), rules),
    undefined,
  ) as DirectedTie;
}

describe('help units (domain README §5.1)', () => {
  it('given a medium request rated 5, then the recipient gave the requester 2·1.4 = 2.8 units', () => {
    expect(
      helpTransfers(
        {
          kind: 'request_fulfilled',
          requesterId: 'ana',
          recipientId: 'ben',
          effort: 'M',
          helpfulness: 5,
        },
        rules,
      ),
    ).toEqual([{ giverId: 'ben', receiverId: 'ana', units: expect.closeTo(2.8, 12) }]);
  });

  it('given a small request rated 1, then q = 0.6', () => {
    const [transfer] = helpTransfers(
      {
        kind: 'request_fulfilled',
        requesterId: 'a',
        recipientId: 'b',
        effort: 'S',
        helpfulness: 1,
      },
      rules,
    );
    expect(transfer.units).toBeCloseTo(0.6, 12);
  });

  it('given a large request never acknowledged, then q = 1 and the help is worth 4 units', () => {
    const [transfer] = helpTransfers(
      { kind: 'request_fulfilled', requesterId: 'a', recipientId: 'b', effort: 'L' },
      rules,
    );
    expect(transfer.units).toBe(4);
  });

  it('given a decliner who named the peer that fulfilled, then they earn 0.25 as a connector', () => {
    expect(
      helpTransfers({ kind: 'connector_credited', connectorId: 'cho', requesterId: 'ana' }, rules),
    ).toEqual([{ giverId: 'cho', receiverId: 'ana', units: 0.25 }]);
  });

  it('given a delivered presentation, then presenter gives the host 3 and the host gives 1', () => {
    expect(
      helpTransfers({ kind: 'presentation_delivered', hostId: 'ana', presenterId: 'dan' }, rules),
    ).toEqual([
      { giverId: 'dan', receiverId: 'ana', units: 3 },
      { giverId: 'ana', receiverId: 'dan', units: 1 },
    ]);
  });
});

describe('the decayed directed tie (τ = 90 days)', () => {
  it('given 2 units of help, then half remains after 90 days and a quarter after 180', () => {
    const tie = tieOf([2, 0]);
    expect(decayTo(tie, day(0), rules)).toBe(2);
    expect(decayTo(tie, day(90), rules)).toBeCloseTo(1, 12);
    expect(decayTo(tie, day(180), rules)).toBeCloseTo(0.5, 12);
  });

  it('when help is added, then the old weight is decayed to the new act first', () => {
    // 2 at day 0 is worth 1 at day 90; plus 1 → 2 at day 90; read at day 180 → 1
    const tie = tieOf([2, 0], [1, 90]);
    expect(tie).toMatchObject({ lastAt: day(90), firstAt: day(0), count: 2 });
    expect(tie.weight).toBeCloseTo(2, 12);
    expect(decayTo(tie, day(180), rules)).toBeCloseTo(1, 12);
  });

  it('when an older act is recorded late, then the weight is the same as in time order', () => {
    const late = tieOf([1, 90], [2, 0]);
    expect(late).toMatchObject({ lastAt: day(90), firstAt: day(0), count: 2 });
    expect(late.weight).toBeCloseTo(tieOf([2, 0], [1, 90]).weight, 12);
  });

  describe('activity (ε = 0.25 on the pair)', () => {
    const forward = tieOf([0.2, 0]);
    const backward = tieOf([0.1, 0]);

    it('given 0.2 one way and 0.1 the other, then the pair is active', () => {
      expect(isActiveTie(forward, backward, day(0), rules)).toBe(true);
    });

    it('given 0.2 one way only, then the pair is not active', () => {
      expect(isActiveTie(forward, undefined, day(0), rules)).toBe(false);
    });

    it('given 1 unit, then the pair is active for just under 180 days (1 → 0.25)', () => {
      const tie = tieOf([1, 0]);
      expect(isActiveTie(tie, undefined, day(179), rules)).toBe(true);
      expect(isActiveTie(tie, undefined, day(180), rules)).toBe(false);
    });
  });

  describe('dormancy (silent for more than 8 mean gaps)', () => {
    // acts at days 0, 10 and 20: mean gap (20 − 0)/2 = 10 days, so dormant after day 20 + 80
    const tie = tieOf([1, 0], [1, 10], [1, 20]);

    it('given a tie with a 10-day rhythm, then it is not dormant 80 days after its last act', () => {
      expect(meanGapDays(tie)).toBe(10);
      expect(isDormantTie(tie, day(100), rules)).toBe(false);
    });

    it('given the same tie, then it is dormant 81 days after its last act', () => {
      expect(isDormantTie(tie, day(101), rules)).toBe(true);
    });

    it('given a single interaction, then there is no rhythm to miss', () => {
      expect(isDormantTie(tieOf([1, 0]), day(1000), rules)).toBe(false);
    });

    it('given both directions, then the relationship has the rhythm of all its acts', () => {
      // a→b at days 0 and 40, b→a at day 20: 3 acts over 40 days, mean gap 20
      const pair = undirectedTie(tieOf([1, 0], [1, 40]), tieOf([1, 20]), rules);
      expect(pair).toMatchObject({ firstAt: day(0), lastAt: day(40), count: 3 });
      expect(meanGapDays(pair)).toBe(20);
    });
  });
});

describe('GIVE and RECV', () => {
  // ana→ben 2 and ana→cho 1 at day 0, ben→ana 4 at day 90; read at day 90
  const network = tieNetworkAt(
    [
      { from: 'ana', to: 'ben', tie: tieOf([2, 0]) },
      { from: 'ana', to: 'cho', tie: tieOf([1, 0]) },
      { from: 'ben', to: 'ana', tie: tieOf([4, 90]) },
    ],
    day(90),
    rules,
  );

  it('given the ledger read at day 90, then GIVE_ana = 1 + 0.5 = 1.5 and RECV_ana = 4', () => {
    expect(giveOf(network, 'ana')).toBeCloseTo(1.5, 12);
    expect(recvOf(network, 'ana')).toBeCloseTo(4, 12);
  });

  it('given a leader nobody helped, then RECV = 0', () => {
    expect(recvOf(network, 'dan')).toBe(0);
    expect(tieWeight(network, 'cho', 'ana')).toBe(0);
  });
});
