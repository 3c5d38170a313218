import { strategicProjectDecider } from './strategic-project.decider';
import type { StrategicProjectEvent } from './strategic-project.events';
import { closed, ownerChangedToPeer, registered } from './strategic-project.fixtures';

const { evolve, initialState } = strategicProjectDecider;
const replay = (events: readonly StrategicProjectEvent[]) => events.reduce(evolve, initialState());

describe('strategicProjectDecider.evolve', () => {
  it('follows the owner through changes', () => {
    expect(replay([registered, ownerChangedToPeer])).toMatchObject({
      status: 'active',
      ownerId: ownerChangedToPeer.data.ownerId,
    });
  });

  it('ignores an event it does not know', () => {
    const state = replay([registered]);
    const unknown = { type: 'SomethingElse', data: {} } as unknown as StrategicProjectEvent;
    expect(evolve(state, unknown)).toBe(state);
  });

  it('keeps a closed project closed whatever follows', () => {
    expect(replay([registered, closed, ownerChangedToPeer, registered])).toEqual({
      status: 'closed',
      projectId: registered.data.projectId,
      outcome: 'achieved',
    });
  });
});
