import { StreamEvents } from '../directory-rows/test/directory-events';
import { evolveMutualTheme, type MutualThemeRow } from './mutual-themes.projection';

describe('a mutual theme', () => {
  const proposal = {
    mutualThemeId: 'm1',
    leaderIds: ['ana', 'ben'] as [string, string],
    leaderDivIds: ['finance', 'operations'] as [string, string],
    warnings: [],
  };

  it('given a theme was proposed and confirmed, then it is confirmed between the two', () => {
    const stream = new StreamEvents();
    const proposed = stream.next('MutualThemeProposed', { ...proposal, themeId: 'growth' });
    const confirmed = stream.next('MutualThemeConfirmed', {
      mutualThemeId: 'm1',
      confirmedBy: 'ben',
      confirmedByDivId: 'operations',
    });
    expect([proposed, confirmed].reduce<MutualThemeRow | null>(evolveMutualTheme, null)).toEqual({
      tenantId: 'acme',
      mutualThemeId: 'm1',
      proposerId: 'ana',
      proposerDivId: 'finance',
      partnerId: 'ben',
      partnerDivId: 'operations',
      themeId: 'growth',
      projectIds: [],
      warnings: [],
      status: 'confirmed',
      proposedAt: proposed.occurredAt,
      confirmedAt: confirmed.occurredAt,
      version: 2,
    });
  });

  it('given shared projects in the same division, then it keeps the projects and the warning', () => {
    const proposed = new StreamEvents().next('MutualThemeProposed', {
      ...proposal,
      leaderDivIds: ['finance', 'finance'],
      warnings: ['SAME_DIVISION'],
      projectIds: ['p2', 'p1'],
    });
    expect(evolveMutualTheme(null, proposed)).toMatchObject({
      themeId: null,
      projectIds: ['p1', 'p2'],
      warnings: ['SAME_DIVISION'],
      status: 'proposed',
    });
  });
});
