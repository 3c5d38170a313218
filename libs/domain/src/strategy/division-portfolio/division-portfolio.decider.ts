import type { Decider } from '../../shared/decider';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import type {
  DivisionPortfolioCommand,
  RankDivisionPortfolio,
} from './division-portfolio.commands';
import type { DivisionPortfolioEvent } from './division-portfolio.events';
import {
  assertCycleOpen,
  assertExpectedRevision,
  assertItems,
  assertRanksForDivision,
  rankingWarnings,
} from './division-portfolio.rules';
import { revisionOf, type DivisionPortfolioState } from './division-portfolio.state';

/**
 * One portfolio per division and cycle. Ids never contain '/', so the pair names one stream only
 * (':' may appear inside an id, and would let `a:b` + `c` collide with `a` + `b:c`).
 */
export function divisionPortfolioStream(
  tenantId: string,
  divisionId: string,
  cycleId: string,
): string {
  return streamId('division-portfolio', tenantId, `${divisionId}/${cycleId}`);
}

function rank(
  command: RankDivisionPortfolio,
  state: DivisionPortfolioState,
): DivisionPortfolioEvent[] {
  const { divisionId, cycleId, items, expectedRevision, facts } = command.data;
  const rankedBy = command.metadata.actorId;
  assertRanksForDivision(rankedBy, facts.division);
  assertCycleOpen(cycleId, facts.cycleStatus);
  assertExpectedRevision(expectedRevision, revisionOf(state));
  assertItems(items, facts.rankable);
  return [
    {
      type: 'DivisionPortfolioRanked',
      data: {
        divisionId,
        cycleId,
        revision: revisionOf(state) + 1,
        items: items.map(({ kind, ref }) => ({ kind, ref })),
        rankedBy,
        warnings: rankingWarnings(items, facts.openInboundNeedIds),
      },
    },
  ];
}

function evolve(
  state: DivisionPortfolioState,
  event: DivisionPortfolioEvent,
): DivisionPortfolioState {
  switch (event.type) {
    case 'DivisionPortfolioRanked':
      return { status: 'ranked', revision: event.data.revision };
    default:
      return state;
  }
}

export const divisionPortfolioDecider: Decider<
  DivisionPortfolioState,
  DivisionPortfolioCommand,
  DivisionPortfolioEvent
> = {
  name: 'DivisionPortfolio',
  initialState: () => ({ status: 'unranked' }),
  decide(command, state) {
    switch (command.type) {
      case 'RankDivisionPortfolio':
        return rank(command, state);
      default:
        // A union of one command does not narrow `command` itself to never; its type does.
        return exhaustive(command.type);
    }
  },
  evolve,
};
