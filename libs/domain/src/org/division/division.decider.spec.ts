import {
  ana,
  anaDelegated,
  bo,
  boAppointed,
  cfoAppointed,
  finance,
  financeRegistered,
} from '../test/division-history';
import { unknownEvent } from '../test/org-fixtures';
import type { DivisionEvent } from './division.events';
import { divisionDecider, divisionStream } from './division.decider';

const replay = (events: readonly DivisionEvent[]) =>
  events.reduce(divisionDecider.evolve, divisionDecider.initialState());

describe('the Division stream', () => {
  it('is one per division and tenant', () => {
    expect(divisionStream('tenant-acme', finance)).toBe('division:tenant-acme:div-finance');
  });
});

describe('Division replay', () => {
  it('keeps the delegations when a new head is appointed, until the new head revokes them', () => {
    expect(replay([financeRegistered, cfoAppointed, anaDelegated, boAppointed])).toEqual({
      status: 'headed',
      divisionId: finance,
      headId: bo,
      delegateIds: [ana],
    });
  });

  it('keeps the division as it was when it absorbs others: the merge changes no one here', () => {
    const before = replay([financeRegistered, cfoAppointed]);
    const merged: DivisionEvent = {
      type: 'DivisionsMerged',
      data: {
        sourceIds: ['div-procurement'],
        targetId: finance,
        effectiveAt: '2025-05-01T00:00:00Z',
      },
    };
    expect(divisionDecider.evolve(before, merged)).toBe(before);
  });

  it('passes over events it does not know', () => {
    const state = replay([financeRegistered]);
    expect(divisionDecider.evolve(state, unknownEvent)).toBe(state);
  });
});
