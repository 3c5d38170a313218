import {
  commitmentOf,
  isOpen,
  type NeedDeclaration,
  type PromiseEntry,
} from './support-commitment-ledger.projection';

const declaration: NeedDeclaration = {
  needId: 'n1',
  projectId: 'p1',
  supportingDivId: 'ops',
  homeDivId: 'fin',
  keyContactId: null,
  criticality: 'blocking',
  capacity: 4,
  neededBy: '2026-06-01T00:00:00.000Z',
  declaredAt: '2026-03-01T00:00:00.000Z',
};

let version = 0;
function entry(type: string, occurredAt: string, deliverBy: string | null = null): PromiseEntry {
  version += 1;
  return {
    eventId: `e${version}`,
    type,
    streamVersion: version,
    occurredAt,
    recordedAt: occurredAt,
    deliverBy,
    capacity: null,
    reasonCode: type === 'SupportDeclined' ? 'no_capacity' : null,
  };
}

describe('the support commitment ledger', () => {
  const declared = entry('SupportNeedDeclared', '2026-03-01T00:00:00.000Z');
  const committed = entry(
    'SupportCommitted',
    '2026-03-05T00:00:00.000Z',
    '2026-05-01T00:00:00.000Z',
  );
  const slipped = entry('SupportSlipped', '2026-04-20T00:00:00.000Z', '2026-05-10T00:00:00.000Z');

  it('given only a declaration, then the need is pending and open', () => {
    const commitment = commitmentOf(declaration, [declared]);
    expect(commitment).toMatchObject({ state: 'pending', deliverBy: null, onTime: null });
    expect(isOpen(commitment)).toBe(true);
  });

  describe('given a commitment that slipped once', () => {
    it('then the promise in force is the slipped date, set by the slip', () => {
      expect(commitmentOf(declaration, [declared, committed, slipped])).toMatchObject({
        state: 'committed',
        deliverBy: '2026-05-10T00:00:00.000Z',
        slips: 1,
        committedAt: '2026-03-05T00:00:00.000Z',
        promise: { eventId: slipped.eventId, type: 'SupportSlipped' },
      });
    });

    it('then a delivery by the slipped date is on time, a later one is not', () => {
      const onTime = entry('SupportDelivered', '2026-05-09T00:00:00.000Z');
      const late = { ...onTime, occurredAt: '2026-05-11T00:00:00.000Z' };
      expect(commitmentOf(declaration, [declared, committed, slipped, onTime])).toMatchObject({
        state: 'delivered',
        onTime: true,
      });
      expect(commitmentOf(declaration, [declared, committed, slipped, late]).onTime).toBe(false);
      expect(isOpen(commitmentOf(declaration, [declared, committed, slipped, late]))).toBe(false);
    });

    it('then the history reads the same whatever order it was stored in', () => {
      expect(commitmentOf(declaration, [slipped, committed, declared])).toEqual(
        commitmentOf(declaration, [declared, committed, slipped]),
      );
    });
  });

  it('given a counter-proposal, then it is offered, not promised, until the owner accepts it', () => {
    const counter = entry(
      'SupportCounterProposed',
      '2026-03-06T00:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
    );
    expect(commitmentOf(declaration, [declared, counter])).toMatchObject({
      state: 'counter_proposed',
      offeredDeliverBy: '2026-07-01T00:00:00.000Z',
      deliverBy: null,
      counterProposals: 1,
    });
    const accepted = entry(
      'SupportCounterAccepted',
      '2026-03-07T00:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
    );
    expect(commitmentOf(declaration, [declared, counter, accepted])).toMatchObject({
      state: 'committed',
      deliverBy: '2026-07-01T00:00:00.000Z',
    });
  });

  it('given a decline, then the need stays open with its reason', () => {
    const declined = entry('SupportDeclined', '2026-03-06T00:00:00.000Z');
    expect(commitmentOf(declaration, [declared, declined])).toMatchObject({
      state: 'declined',
      declineReason: 'no_capacity',
    });
  });
});
