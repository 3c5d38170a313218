import { DEFAULT_SCORING_RULES as rules } from '@lib/domain';
import {
  type LoadArrival,
  overloadState,
  type PeerLoadInput,
  peerLoads,
} from './peer-load.projection';

const now = '2026-03-29T12:00:00.000Z';
const evidence = (eventId: string) => ({ eventId, type: 'PeerRequestRaised', recordedAt: now });

function arrival(
  requestId: string,
  leaderId: string,
  at: string,
  effort: 'S' | 'M' | 'L' = 'S',
): LoadArrival {
  return { leaderId, requestId, effort, at, evidence: evidence(`raised-${requestId}`) };
}

function held(
  requestId: string,
  recipientId: string,
  at: string,
  respondedAt: string | null,
  open: boolean,
) {
  return {
    requestId,
    recipientId,
    raisedAt: at,
    recipientSince: at,
    respondBy: '2026-03-20T00:00:00.000Z',
    respondedAt,
    open,
  };
}

const quiet: PeerLoadInput = {
  leaderIds: ['ana', 'ben', 'cho', 'dan'],
  arrivals: [],
  held: [],
  capacities: new Map(),
  earlierDays: new Map(),
};

describe('peer load (domain README §5.3)', () => {
  describe('given Ben holds six open requests against the default capacity of five', () => {
    const requests = ['a', 'b', 'c', 'd', 'e', 'f'];
    const input: PeerLoadInput = {
      ...quiet,
      arrivals: [
        ...requests.map((id) => arrival(id, 'ben', '2026-03-20T00:00:00.000Z')),
        arrival('old', 'ben', '2026-01-01T00:00:00.000Z', 'L'),
      ],
      held: requests.map((id) => held(id, 'ben', '2026-03-20T00:00:00.000Z', null, true)),
    };
    const ben = peerLoads('t', input, now, rules).find((row) => row.leaderId === 'ben');

    it('then OI = O/K = 1.2, the capacity term being the trigger', () => {
      expect(ben).toMatchObject({
        load: 6,
        open: 6,
        capacity: 5,
        trigger: 'capacity',
        ruleVersion: 1,
      });
      expect(ben?.oi).toBeCloseTo(1.2, 12);
    });

    it('then a request older than the 28-day window no longer counts in L', () => {
      expect(ben?.evidence).toHaveLength(6);
    });

    it('then one evaluation alone does not make Ben overloaded', () => {
      expect(ben?.overloaded).toBe(false);
    });

    it('then the second consecutive daily evaluation over 1 does', () => {
      const next = peerLoads(
        't',
        { ...input, earlierDays: new Map([['ben', [{ day: '2026-03-28', oi: 1.1 }]]]) },
        now,
        rules,
      );
      expect(next.find((row) => row.leaderId === 'ben')).toMatchObject({
        overloaded: true,
        overloadedSince: '2026-03-29',
      });
    });
  });

  describe('the hysteresis', () => {
    const days = (...ois: number[]) =>
      ois.map((oi, i) => ({ day: `2026-03-${String(10 + i)}`, oi }));

    it('stays overloaded while OI is between 0.8 and 1', () => {
      expect(overloadState(days(1.2, 1.1, 0.9, 0.85), rules)).toEqual({
        overloaded: true,
        overloadedSince: '2026-03-11',
      });
    });

    it('clears below 0.8', () => {
      expect(overloadState(days(1.2, 1.1, 0.9, 0.7), rules)).toEqual({
        overloaded: false,
        overloadedSince: null,
      });
    });

    it('needs two consecutive evaluations, not two in all', () => {
      expect(overloadState(days(1.2, 0.9, 1.3), rules).overloaded).toBe(false);
    });
  });

  it('reports the median answer time and the share of requests left without an answer by respondBy', () => {
    const rows = peerLoads(
      't',
      {
        ...quiet,
        held: [
          held('a', 'cho', '2026-03-10T00:00:00.000Z', '2026-03-10T04:00:00.000Z', false),
          held('b', 'cho', '2026-03-10T00:00:00.000Z', '2026-03-11T00:00:00.000Z', false),
          held('c', 'cho', '2026-03-10T00:00:00.000Z', null, true),
        ],
      },
      now,
      rules,
    );
    expect(rows.find((row) => row.leaderId === 'cho')).toMatchObject({
      latencyP50Hours: 14,
      noResponseRate: 1 / 3,
      open: 1,
    });
  });
});

describe('peer load, when the rules change in ScoringRules', () => {
  const changed = {
    ...rules,
    helpUnits: { ...rules.helpUnits, effort: { S: 2, M: 3, L: 5 } },
    overload: {
      ...rules.overload,
      windowDays: 7,
      defaultCapacity: 4,
      zScoreDivisor: 2,
      meanLoadMultiple: 2,
    },
  };
  const input: PeerLoadInput = {
    ...quiet,
    arrivals: [
      arrival('a', 'ben', '2026-03-25T00:00:00.000Z'),
      arrival('b', 'ben', '2026-03-10T00:00:00.000Z', 'L'),
      arrival('c', 'cho', '2026-03-26T00:00:00.000Z', 'M'),
    ],
    held: [held('a', 'ben', '2026-03-25T00:00:00.000Z', null, true)],
  };
  const ben = (r: typeof rules) =>
    peerLoads('t', input, now, r).find((row) => row.leaderId === 'ben');

  it('then the window, the effort weights and the default capacity are the new ones', () => {
    expect(ben(rules)).toMatchObject({ windowDays: 28, load: 5, capacity: 5 });
    expect(ben(changed)).toMatchObject({ windowDays: 7, load: 2, capacity: 4 });
  });

  it('then the overload terms divide by the new divisor and multiple', () => {
    const terms = ben(changed)?.terms;
    // Loads in the window: ana 0, ben 2 (one S), cho 3 (one M), dan 0; mean 1.25, so 2/(2·1.25).
    expect(terms?.meanLoad).toBeCloseTo(2 / (2 * 1.25), 12);
    expect(terms?.capacity).toBe(1 / 4);
  });
});
