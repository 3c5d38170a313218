import type { Command, Decider, Event } from '@lib/domain';

/** A tiny aggregate for exercising the command loop: amounts added to a tally until it closes. */
export type TallyCommand =
  Command<'AddToTally', { amount: number }> | Command<'CloseTally', Record<string, never>>;
export type TallyEvent =
  Event<'TallyIncreased', { amount: number; at: string }> | Event<'TallyClosed', { at: string }>;
export type TallyState =
  | { status: 'empty' }
  | { status: 'open'; total: number; additions: number }
  | { status: 'closed'; total: number; additions: number };

export class TallyRuleError extends Error {}

export const tallyDecider: Decider<TallyState, TallyCommand, TallyEvent> = {
  name: 'tally',
  initialState: () => ({ status: 'empty' }),
  decide(command, state) {
    switch (command.type) {
      case 'AddToTally':
        if (state.status === 'closed') throw new TallyRuleError('TALLY_CLOSED');
        if (command.data.amount <= 0) throw new TallyRuleError('AMOUNT_NOT_POSITIVE');
        return [
          {
            type: 'TallyIncreased',
            data: { amount: command.data.amount, at: command.metadata.now },
          },
        ];
      case 'CloseTally':
        return state.status === 'closed'
          ? []
          : [{ type: 'TallyClosed', data: { at: command.metadata.now } }];
    }
  },
  evolve(state, event) {
    const total = state.status === 'empty' ? 0 : state.total;
    const additions = state.status === 'empty' ? 0 : state.additions;
    switch (event.type) {
      case 'TallyIncreased':
        return { status: 'open', total: total + event.data.amount, additions: additions + 1 };
      case 'TallyClosed':
        return { status: 'closed', total, additions };
      default:
        return state;
    }
  },
};
