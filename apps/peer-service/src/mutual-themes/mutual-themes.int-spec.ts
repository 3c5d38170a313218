import { randomUUID } from 'node:crypto';
import { PeerTestBed } from '../../test/peer-test-bed';
import { rejection } from '../../test/peer-world';

describe('mutual themes', () => {
  const bed = new PeerTestBed();
  let tenant: string;

  beforeAll(async () => {
    await bed.start();
    tenant = await bed.tenant();
  });
  afterAll(() => bed.stop());

  describe('when leaders of two divisions share a theme', () => {
    it('is proposed by one and confirmed by the other, with their divisions', async () => {
      const mutualThemeId = randomUUID();
      const proposed = await bed.as(tenant, 'ana')('ProposeMutualTheme', {
        mutualThemeId,
        leaderIds: ['ana', 'cho'],
        themeId: 'growth',
      });
      expect(proposed.warnings).toEqual([]);
      expect(
        await rejection(bed.as(tenant, 'ana')('ConfirmMutualTheme', { mutualThemeId })),
      ).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_PARTNER' });
      await bed.as(tenant, 'cho')('ConfirmMutualTheme', { mutualThemeId });
      const [proposal, confirmation] = await bed.eventsOf(
        `mutual-theme:${tenant}:${mutualThemeId}`,
      );
      expect(proposal.data).toMatchObject({
        leaderDivIds: ['finance', 'legal'],
        themeId: 'growth',
      });
      expect(confirmation.data).toEqual({
        mutualThemeId,
        confirmedBy: 'cho',
        confirmedByDivId: 'legal',
      });
    });
  });

  describe('when both leaders are in one division', () => {
    it('is accepted with the SAME_DIVISION warning', async () => {
      const reply = await bed.as(tenant, 'ben')('ProposeMutualTheme', {
        mutualThemeId: randomUUID(),
        leaderIds: ['ben', 'dan'],
        projectIds: ['apollo'],
      });
      expect(reply.warnings).toEqual(['SAME_DIVISION']);
    });
  });

  it('needs a theme or projects', async () => {
    const before = await bed.storedEvents();
    const error = await rejection(
      bed.as(tenant, 'ben')('ProposeMutualTheme', {
        mutualThemeId: randomUUID(),
        leaderIds: ['ben', 'cho'],
      }),
    );
    expect(error).toMatchObject({ code: 'RULE_VIOLATED', rule: 'THEME_OR_PROJECTS_REQUIRED' });
    expect(await bed.storedEvents()).toBe(before);
  });

  it('refuses a third leader, naming the field', async () => {
    const error = await rejection(
      bed.as(tenant, 'ben')('ProposeMutualTheme', {
        mutualThemeId: randomUUID(),
        leaderIds: ['ben', 'cho', 'dan'],
        themeId: 'growth',
      }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'leaderIds', rule: 'arrayMaxSize' })],
    });
  });
});
