import type { ConfirmMutualTheme, ProposeMutualTheme } from '../mutual-theme/mutual-theme.commands';
import type {
  MutualThemeConfirmed,
  MutualThemeProposed,
} from '../mutual-theme/mutual-theme.events';
import { actingAs, activeIn, ana, ben, finance, operations } from './peer-fixtures';

// Ana (finance) proposes to Ben (operations) that cost is a theme they share.

export const mutualThemeId = 'mt-3';
export const bothActive = { proposer: activeIn(finance), partner: activeIn(operations) };

type Proposal = Omit<ProposeMutualTheme['data'], 'themeId' | 'projectIds'>;

export function propose(
  subject: { themeId: string } | { projectIds: readonly string[] } = { themeId: 'theme-cost' },
  proposal: Partial<Proposal> = {},
  actor = ana,
): ProposeMutualTheme {
  return {
    type: 'ProposeMutualTheme',
    data: { mutualThemeId, leaderIds: [ana, ben], facts: bothActive, ...proposal, ...subject },
    metadata: actingAs(actor),
  };
}

export function confirm(actor = ben): ConfirmMutualTheme {
  return {
    type: 'ConfirmMutualTheme',
    data: { mutualThemeId, facts: { partnerDivisionId: operations } },
    metadata: actingAs(actor),
  };
}

const proposal = {
  mutualThemeId,
  leaderIds: [ana, ben] as const,
  leaderDivIds: [finance, operations] as const,
  warnings: [],
};

export const proposed: MutualThemeProposed = {
  type: 'MutualThemeProposed',
  data: { ...proposal, themeId: 'theme-cost' },
};
export const proposedProjects: MutualThemeProposed = {
  type: 'MutualThemeProposed',
  data: { ...proposal, projectIds: ['proj-vendors', 'proj-fleet'] },
};
export const confirmed: MutualThemeConfirmed = {
  type: 'MutualThemeConfirmed',
  data: { mutualThemeId, confirmedBy: ben, confirmedByDivId: operations },
};
