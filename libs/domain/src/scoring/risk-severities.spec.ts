import {
  deliverySlippedSeverity,
  keyPeerOverloadedSeverity,
  lowCapitalSeverity,
  notCommittedSeverity,
  requestsPastSlaSeverity,
  statusSignalSeverity,
  underPrioritisedSeverity,
} from './risk-severities';
import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';

describe('risk reason severities (domain README §5.5)', () => {
  describe('R1 under-prioritised', () => {
    const ranked = (project: number, need: number) =>
      underPrioritisedSeverity({ project, need, daysSinceDeclared: 30, cycleLocked: false }, rules);
    const unranked = (daysSinceDeclared: number, cycleLocked = false) =>
      underPrioritisedSeverity({ project: 1, need: null, daysSinceDeclared, cycleLocked }, rules);

    it('given the supporting division ranks the need half a list below the project, then s = 1', () => {
      expect(ranked(1, 0.5)).toBe(1);
    });

    it('given it ranks the need 0.2 below the project, then s = 0.4', () => {
      expect(ranked(0.9, 0.7)).toBeCloseTo(0.4, 12);
    });

    it('given it ranks the need above the project, then s = 0', () => {
      expect(ranked(0.3, 0.8)).toBe(0);
    });

    it('given the need is still unranked 3 days after its declaration, then it has grace', () => {
      expect(unranked(3)).toBe(0);
    });

    it('given the need is still unranked 7 days after its declaration, then s = 1', () => {
      expect(unranked(7)).toBe(1);
    });

    it('given the need is unranked when the cycle locks, then s = 1 at once', () => {
      expect(unranked(1, true)).toBe(1);
    });
  });

  describe('R2 not committed', () => {
    it('given the support was declined, then s = 1', () => {
      expect(notCommittedSeverity({ state: 'declined' }, rules)).toBe(1);
    });

    it('given it is pending for 7 days or less, then s = 0', () => {
      expect(notCommittedSeverity({ state: 'pending', ageDays: 7 }, rules)).toBe(0);
    });

    it('given it is pending for 14 days, then s = (14 − 7)/14 = 0.5', () => {
      expect(notCommittedSeverity({ state: 'pending', ageDays: 14 }, rules)).toBe(0.5);
    });

    it('given it is pending for 21 days or more, then s = 1', () => {
      expect(notCommittedSeverity({ state: 'pending', ageDays: 40 }, rules)).toBe(1);
    });

    it('given a counter-proposal 15 days late, then s = 15/30 = 0.5', () => {
      expect(notCommittedSeverity({ state: 'counter_proposed', slipDays: 15 }, rules)).toBe(0.5);
    });

    it('given the support is committed, then s = 0', () => {
      expect(notCommittedSeverity({ state: 'committed' }, rules)).toBe(0);
    });
  });

  describe('R3 low capital with the division', () => {
    it.each([
      [0, 1],
      [0.25, 0.5],
      [0.5, 0],
      [0.9, 0],
    ])('given DSC %d, then s = %d', (dsc, s) => {
      expect(lowCapitalSeverity(dsc, rules)).toBe(s);
    });
  });

  describe('R4 requests past SLA', () => {
    it.each([
      [0, 0],
      [1, 0.5],
      [2, 1],
      [5, 1],
    ])('given %i breached requests, then s = %d', (m, s) => {
      expect(requestsPastSlaSeverity(m, rules)).toBe(s);
    });
  });

  describe('R5 key peer overloaded', () => {
    it('given the key contact at OI 0.85, then s = 0.15/0.3 = 0.5', () => {
      expect(keyPeerOverloadedSeverity(0.85, rules)).toBeCloseTo(0.5, 12);
    });

    it('given the key contact below the routing threshold (OI 0.6), then s = 0', () => {
      expect(keyPeerOverloadedSeverity(0.6, rules)).toBe(0);
    });

    it('given nobody at the division has been asked, then s = 0', () => {
      expect(keyPeerOverloadedSeverity(null, rules)).toBe(0);
    });
  });

  describe('R6 delivery slipped', () => {
    it('given one slip, then s = 0.5', () => {
      expect(deliverySlippedSeverity({ slips: 1, overdueDays: 0 }, rules)).toBe(0.5);
    });

    it('given no slip but 7 days overdue, then s = 0.5', () => {
      expect(deliverySlippedSeverity({ slips: 0, overdueDays: 7 }, rules)).toBe(0.5);
    });

    it('given one slip and 7 days overdue, then s = 1', () => {
      expect(deliverySlippedSeverity({ slips: 1, overdueDays: 7 }, rules)).toBe(1);
    });
  });

  describe('R7 status signal', () => {
    it('given a red status, then s = 1', () => {
      expect(statusSignalSeverity({ rag: 'red', confidence: 9, daysSinceStatus: 1 }, rules)).toBe(
        1,
      );
    });

    it('given amber with confidence 4, then the amber 0.5 outweighs (5 − 4)/5 = 0.2', () => {
      expect(statusSignalSeverity({ rag: 'amber', confidence: 4, daysSinceStatus: 1 }, rules)).toBe(
        0.5,
      );
    });

    it('given green with confidence 2, then s = (5 − 2)/5 = 0.6', () => {
      expect(
        statusSignalSeverity({ rag: 'green', confidence: 2, daysSinceStatus: 1 }, rules),
      ).toBeCloseTo(0.6, 12);
    });

    it('given a confident green status 22 days old, then staleness gives s = 0.5', () => {
      expect(
        statusSignalSeverity({ rag: 'green', confidence: 8, daysSinceStatus: 22 }, rules),
      ).toBe(0.5);
    });

    it('given a project registered 10 days ago that never reported, then s = 0', () => {
      expect(
        statusSignalSeverity({ rag: null, confidence: null, daysSinceStatus: 10 }, rules),
      ).toBe(0);
    });
  });
});
