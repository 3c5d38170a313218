import type { Event } from '../../shared/decider';

// The MutualTheme events of domain README §3, shaped exactly as the public contract
// (libs/contracts/src/events/peer.events.ts; peer.conformance.ts proves it at compile time).

type Proposal = {
  mutualThemeId: string;
  /** The proposer, then the partner who confirms. */
  leaderIds: readonly [string, string];
  /** Their divisions at the moment of the proposal, in the same order. */
  leaderDivIds: readonly [string, string];
  /** Soft-rule codes (SAME_DIVISION). */
  warnings: readonly string[];
};

/** A shared theme, or a set of shared projects: exactly one of the two. */
export type MutualThemeProposedData =
  (Proposal & { themeId: string }) | (Proposal & { projectIds: readonly string[] });
export type MutualThemeConfirmedData = {
  mutualThemeId: string;
  confirmedBy: string;
  confirmedByDivId: string;
};

export type MutualThemeProposed = Event<'MutualThemeProposed', MutualThemeProposedData>;
export type MutualThemeConfirmed = Event<'MutualThemeConfirmed', MutualThemeConfirmedData>;

export type MutualThemeEvent = MutualThemeProposed | MutualThemeConfirmed;
