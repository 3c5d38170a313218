import type { Command } from '../../shared/decider';
import type { PeerLeaderFacts } from '../peer-facts';

/** What the two leaders share: one theme, or some projects; never both. */
export type MutualThemeSubject =
  | Readonly<{ themeId: string; projectIds?: never }>
  | Readonly<{ projectIds: readonly string[]; themeId?: never }>;

export type ProposeMutualTheme = Command<
  'ProposeMutualTheme',
  Readonly<{
    mutualThemeId: string;
    /** The proposer (the actor), then the partner. */
    leaderIds: readonly [string, string];
    /** Both leaders as the org read model knows them (`undefined` when unknown). */
    facts: Readonly<{
      proposer: PeerLeaderFacts | undefined;
      partner: PeerLeaderFacts | undefined;
    }>;
  }> &
    MutualThemeSubject
>;

export type ConfirmMutualTheme = Command<
  'ConfirmMutualTheme',
  {
    mutualThemeId: string;
    /** The partner's current division (org read model). */
    facts: Readonly<{ partnerDivisionId: string }>;
  }
>;

export type MutualThemeCommand = ProposeMutualTheme | ConfirmMutualTheme;
