import type { DirectoryEvent } from '../directory-rows';
import { StreamEvents } from '../directory-rows/test/directory-events';
import { evolveSupportNeed, type SupportNeedRow } from './support-needs.projection';

describe('a support need and its commitment history', () => {
  const stream = new StreamEvents();
  const need = { needId: 'n1', projectId: 'ledger', supportingDivId: 'operations' };
  const declared = stream.next('SupportNeedDeclared', {
    ...need,
    homeDivId: 'finance',
    keyContactId: 'ben',
    capacity: 6,
    neededBy: '2026-06-01T00:00:00Z',
    criticality: 'blocking',
  });
  const countered = stream.next('SupportCounterProposed', {
    ...need,
    deliverBy: '2026-06-15T00:00:00Z',
    capacity: 4,
    proposedBy: 'coo',
  });
  const accepted = stream.next('SupportCounterAccepted', {
    ...need,
    deliverBy: '2026-06-15T00:00:00Z',
    capacity: 4,
  });
  const slipped = stream.next('SupportSlipped', {
    ...need,
    oldDeliverBy: '2026-06-15T00:00:00Z',
    newDeliverBy: '2026-07-01T00:00:00Z',
  });
  const after = (events: DirectoryEvent[], merges = new Map<string, string>()) =>
    events.reduce<SupportNeedRow | null>(
      (row, event) => evolveSupportNeed(row, event, merges),
      null,
    );

  it('given it was only declared, then it is pending with its declaration in the history', () => {
    expect(after([declared])).toMatchObject({
      state: 'pending',
      criticality: 'blocking',
      neededBy: '2026-06-01T00:00:00.000Z',
      history: [expect.objectContaining({ type: 'SupportNeedDeclared', capacity: 6 })],
    });
  });

  it('given a counter-proposal accepted and then a slip, then the slipped date is the promise and every step is kept', () => {
    const row = after([declared, countered, accepted, slipped]);
    expect(row).toMatchObject({
      state: 'committed',
      deliverBy: '2026-07-01T00:00:00.000Z',
      counterProposals: 1,
      slips: 1,
      committedAt: accepted.occurredAt,
    });
    expect(row?.history.map((entry) => [entry.type, entry.deliverBy])).toEqual([
      ['SupportNeedDeclared', null],
      ['SupportCounterProposed', '2026-06-15T00:00:00.000Z'],
      ['SupportCounterAccepted', '2026-06-15T00:00:00.000Z'],
      ['SupportSlipped', '2026-07-01T00:00:00.000Z'],
    ]);
  });

  it('given a step delivered twice, then the history holds it once', () => {
    expect(after([declared, countered, countered, accepted])).toEqual(
      after([declared, countered, accepted]),
    );
  });

  it('given a decline, then it is declined with its reason', () => {
    const declines = new StreamEvents();
    declines.next('SupportNeedDeclared', declared.data);
    const declined = declines.next('SupportDeclined', {
      ...need,
      reasonCode: 'no_capacity',
      declinedBy: 'coo',
    });
    expect(after([declared, declined])).toMatchObject({
      state: 'declined',
      declineReason: 'no_capacity',
    });
  });

  it('given the supporting division was merged, then the need is addressed to the one it merged into', () => {
    expect(after([declared], new Map([['operations', 'shared-services']]))).toMatchObject({
      supportingDivId: 'shared-services',
      recordedSupportingDivId: 'operations',
      homeDivId: 'finance',
    });
  });
});
