import { deciderSpec } from '@lib/testing';
import { overloadIndex } from '../peer/overload-index';
import { peerRequestDeciderFor } from '../peer/peer-request/peer-request.decider';
import { raise, raised } from '../peer/test/peer-request-history';
import { DEFAULT_SCORING_RULES, type ScoringRules } from './scoring-rules';

// One definition per rule: a rule changed in ScoringRules changes what reads it. The read
// models' side (loads, overload, the projector's scores) is held by peer-load's spec.

const stricter: ScoringRules = {
  ...DEFAULT_SCORING_RULES,
  version: 2,
  overload: {
    ...DEFAULT_SCORING_RULES.overload,
    overloadedFrom: 0.5,
    zScoreDivisor: 2,
    meanLoadMultiple: 2,
  },
};

describe('when the overload rules change in ScoringRules', () => {
  const reason = 'Only Ben knows the logistics contracts';
  const halfLoaded = { recipientOverloadIndex: 0.6 };

  it('then a raise to a recipient at OI 0.6 warns under the new threshold', () => {
    deciderSpec(peerRequestDeciderFor(stricter))
      .given([])
      .when(raise({ overrideReason: reason, facts: halfLoaded }))
      .then([raised({ warnings: ['RECIPIENT_OVERLOADED'], overrideReason: reason })]);
  });

  it('and does not under the default one', () => {
    deciderSpec(peerRequestDeciderFor(DEFAULT_SCORING_RULES))
      .given([])
      .when(raise({ facts: halfLoaded }))
      .then([raised({ warnings: [] })]);
  });

  it('then the overload index divides by the new z-score divisor and mean-load multiple', () => {
    const loads = [1, 3, 5, 7, 20];
    const recipient = { load: 20, open: 0, capacity: 5 };
    const before = overloadIndex(loads, recipient, DEFAULT_SCORING_RULES).terms;
    const after = overloadIndex(loads, recipient, stricter).terms;
    expect(after.zScore).toBeCloseTo((before.zScore * 3) / 2, 12);
    expect(after.meanLoad).toBeCloseTo((before.meanLoad * 4) / 2, 12);
    expect(after.capacity).toBe(before.capacity);
  });
});
