import type { Decider } from '../../shared/decider';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { requireActiveLeader } from '../peer-facts';
import { requireUniqueIds } from '../peer-text';
import type {
  ConfirmMutualTheme,
  MutualThemeCommand,
  MutualThemeSubject,
  ProposeMutualTheme,
} from './mutual-theme.commands';
import type { MutualThemeEvent } from './mutual-theme.events';
import type { MutualThemeState } from './mutual-theme.state';

// "Share areas of focus; mutually inclusive projects/themes" (domain README §2). A mutual theme is worth
// most across divisions, so one within a division is accepted with the SAME_DIVISION warning.

export const mutualThemeDecider: Decider<MutualThemeState, MutualThemeCommand, MutualThemeEvent> = {
  name: 'MutualTheme',
  initialState: () => ({ status: 'NotProposed' }),
  decide(command, state) {
    switch (command.type) {
      case 'ProposeMutualTheme':
        return proposeMutualTheme(command, state);
      case 'ConfirmMutualTheme':
        return confirmMutualTheme(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve,
};

function proposeMutualTheme(
  { data, metadata }: ProposeMutualTheme,
  state: MutualThemeState,
): MutualThemeEvent[] {
  if (state.status !== 'NotProposed') {
    throw new Conflict(
      'MUTUAL_THEME_ALREADY_PROPOSED',
      `Mutual theme ${data.mutualThemeId} exists.`,
      'mutualThemeId',
    );
  }
  const [proposerId, partnerId] = data.leaderIds;
  if (metadata.actorId !== proposerId) {
    throw new Forbidden('NOT_THE_PROPOSER', 'The proposer must be the first of leaderIds.');
  }
  if (partnerId === proposerId) {
    throw new RuleViolated('CANNOT_PROPOSE_TO_ONESELF', 'Propose to a peer.', 'leaderIds');
  }
  const proposer = requireActiveLeader(data.facts.proposer, {
    role: 'proposer',
    leaderId: proposerId,
    field: 'leaderIds',
  });
  const partner = requireActiveLeader(data.facts.partner, {
    role: 'partner',
    leaderId: partnerId,
    field: 'leaderIds',
  });
  const proposal = {
    mutualThemeId: data.mutualThemeId,
    leaderIds: data.leaderIds,
    leaderDivIds: [proposer.divisionId, partner.divisionId] as const,
    warnings: proposer.divisionId === partner.divisionId ? ['SAME_DIVISION'] : [],
  };
  return [{ type: 'MutualThemeProposed', data: { ...proposal, ...subject(data) } }];
}

/** Exactly one subject, checked again at run time: the service maps untyped input onto it. */
function subject(
  data: MutualThemeSubject,
): { themeId: string } | { projectIds: readonly string[] } {
  const { themeId, projectIds } = data;
  if ((themeId === undefined) === (projectIds === undefined)) {
    throw new RuleViolated(
      'THEME_OR_PROJECTS_REQUIRED',
      'Name either one theme or some projects, not both.',
      'themeId',
    );
  }
  if (themeId !== undefined) return { themeId };
  if (projectIds.length === 0) {
    throw new RuleViolated(
      'THEME_OR_PROJECTS_REQUIRED',
      'Name at least one project.',
      'projectIds',
    );
  }
  requireUniqueIds(projectIds, 'DUPLICATE_PROJECT_IDS', 'projectIds');
  return { projectIds };
}

function confirmMutualTheme(
  { data, metadata }: ConfirmMutualTheme,
  state: MutualThemeState,
): MutualThemeEvent[] {
  if (state.status === 'NotProposed') {
    throw new NotFound(
      'MUTUAL_THEME_NOT_FOUND',
      `Mutual theme ${data.mutualThemeId} does not exist.`,
      'mutualThemeId',
    );
  }
  if (metadata.actorId !== state.partnerId) {
    throw new Forbidden(
      'NOT_THE_PARTNER',
      'Only the partner the theme was proposed to confirms it.',
    );
  }
  if (state.status === 'Confirmed') {
    throw new RuleViolated('MUTUAL_THEME_ALREADY_CONFIRMED', 'The partner already confirmed it.');
  }
  const confirmedByDivId = data.facts.partnerDivisionId;
  const { mutualThemeId, partnerId: confirmedBy } = state;
  return [{ type: 'MutualThemeConfirmed', data: { mutualThemeId, confirmedBy, confirmedByDivId } }];
}

/** Total and replay-safe: an unexpected or unknown event leaves the state unchanged. */
function evolve(state: MutualThemeState, event: MutualThemeEvent): MutualThemeState {
  switch (event.type) {
    case 'MutualThemeProposed': {
      const { mutualThemeId, leaderIds } = event.data;
      return state.status === 'NotProposed'
        ? { status: 'Proposed', mutualThemeId, partnerId: leaderIds[1] }
        : state;
    }
    case 'MutualThemeConfirmed':
      return state.status === 'Proposed' ? { ...state, status: 'Confirmed' } : state;
    default:
      return state;
  }
}
