import { supportNeedDecider } from './support-need.decider';
import type { SupportNeedEvent } from './support-need.events';
import {
  committed,
  counterProposed,
  declared,
  ref,
  slipped,
  withdrawn,
} from './support-need.fixtures';

const { evolve, initialState } = supportNeedDecider;
const replay = (events: readonly SupportNeedEvent[]) => events.reduce(evolve, initialState());

describe('supportNeedDecider.evolve', () => {
  it('keeps the latest promise after a slip', () => {
    expect(replay([declared, counterProposed, committed, slipped])).toMatchObject({
      status: 'committed',
      promise: { deliverBy: slipped.data.newDeliverBy, capacity: 6 },
    });
  });

  it('ignores answers to a need that was never declared', () => {
    expect(replay([committed])).toEqual({ status: 'undeclared' });
  });

  it('keeps a withdrawn need withdrawn whatever follows', () => {
    expect(replay([declared, withdrawn, committed, declared])).toEqual({
      status: 'withdrawn',
      ref,
    });
  });

  it('ignores an event it does not know', () => {
    const state = replay([declared]);
    const unknown = { type: 'SomethingElse', data: {} } as unknown as SupportNeedEvent;
    expect(evolve(state, unknown)).toBe(state);
  });
});
