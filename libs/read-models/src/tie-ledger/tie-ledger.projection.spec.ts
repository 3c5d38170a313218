import { DEFAULT_SCORING_RULES as rules } from '@lib/domain';
import { type HelpUnit, helpUnitsOf, tieLedgerRow } from './tie-ledger.projection';

const evidence = (eventId: string) => ({
  eventId,
  type: 'PeerRequestFulfilled',
  recordedAt: '2026-01-01T00:00:00.000Z',
});

function line(unitKey: string, units: number, at: string): HelpUnit {
  return {
    unitKey,
    giverId: 'ben',
    giverDivId: 'ops',
    receiverId: 'ana',
    receiverDivId: 'fin',
    units,
    at,
    evidence: evidence(unitKey),
  };
}

describe('the tie ledger (domain README §5.1)', () => {
  describe('given a fulfilled request of effort L', () => {
    const act = {
      kind: 'request_fulfilled',
      requesterId: 'ana',
      recipientId: 'ben',
      effort: 'L',
    } as const;
    const divisions = { ana: 'fin', ben: 'ops' };

    it('then the recipient gives the requester e·q = 4 units while it is not acknowledged', () => {
      const [unit] = helpUnitsOf(
        act,
        'fulfilled:r1',
        divisions,
        '2026-01-01T00:00:00.000Z',
        evidence('e1'),
        rules,
      );
      expect(unit).toMatchObject({
        giverId: 'ben',
        receiverId: 'ana',
        units: 4,
        giverDivId: 'ops',
      });
    });

    it('then an acknowledgement rating it 1 makes it worth 4·0.6 units', () => {
      const [unit] = helpUnitsOf(
        { ...act, helpfulness: 1 },
        'fulfilled:r1',
        divisions,
        '2026-01-01T00:00:00.000Z',
        evidence('e1'),
        rules,
      );
      expect(unit.units).toBeCloseTo(2.4, 12);
    });
  });

  describe('given two lines 90 days (one half-life) apart', () => {
    const lines = [
      line('a', 2, '2026-01-01T00:00:00.000Z'),
      line('b', 1, '2026-04-01T00:00:00.000Z'),
    ];

    it('then the balance at the last one is the first halved plus the second', () => {
      const row = tieLedgerRow('t', 'ben', 'ana', lines, rules);
      expect(row?.weight).toBeCloseTo(2 * 0.5 + 1, 12);
      expect(row).toMatchObject({
        eventCount: 2,
        meanGapDays: 90,
        lastAt: '2026-04-01T00:00:00.000Z',
        ruleVersion: 1,
      });
    });

    it('then folding them in either order gives exactly the same balance', () => {
      expect(tieLedgerRow('t', 'ben', 'ana', [...lines].reverse(), rules)).toEqual(
        tieLedgerRow('t', 'ben', 'ana', lines, rules),
      );
    });

    it('then the opposite direction has no balance', () => {
      expect(tieLedgerRow('t', 'ana', 'ben', lines, rules)).toBeUndefined();
    });
  });

  describe('given a presentation delivered', () => {
    it('then the presenter gives the host 3 units and the host gives the presenter 1', () => {
      const units = helpUnitsOf(
        { kind: 'presentation_delivered', hostId: 'ana', presenterId: 'cho' },
        'presentation:i1',
        { ana: 'fin', cho: 'legal' },
        '2026-01-01T00:00:00.000Z',
        evidence('e2'),
        rules,
      );
      expect(units.map((u) => [u.giverId, u.receiverId, u.units])).toEqual([
        ['cho', 'ana', 3],
        ['ana', 'cho', 1],
      ]);
    });
  });
});
