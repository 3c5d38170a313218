import type { Command, Decider, Event } from '@lib/domain';

/**
 * Given / When / Then for a pure decider: the events so far, the command, then the events it
 * causes or the error it raises. Reads like the domain: `spec.given([raised]).when(accept).then([accepted])`.
 */
export function deciderSpec<S, C extends Command, E extends Event>(decider: Decider<S, C, E>) {
  return {
    given(history: readonly E[]) {
      const state = history.reduce((s, event) => decider.evolve(s, event), decider.initialState());
      return {
        when(command: C) {
          const decide = () => decider.decide(command, state);
          return {
            then(expected: readonly E[]): void {
              expect(decide()).toEqual(expected);
            },
            thenEvents(): readonly E[] {
              return decide();
            },
            thenFails(expected: {
              name?: string;
              code?: string;
              field?: string;
              apiCode?: string;
            }): void {
              expect(decide).toThrow();
              try {
                decide();
              } catch (error) {
                expect(error).toMatchObject(expected);
              }
            },
          };
        },
      };
    },
  };
}
