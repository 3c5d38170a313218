import { demoStory, storyStartFor } from './demo-story';
import { CAST, STORY_DAYS } from './story-cast';
import type { SeedStep } from './story-builder';

const start = storyStartFor(new Date('2026-12-04T19:00:00Z'));
const steps = demoStory(start);
const dayOf = (step: SeedStep) => Math.floor((Date.parse(step.at) - start.getTime()) / 86_400_000);
const ofType = (type: string) => steps.filter((step) => step.type === type);
const input = (step: SeedStep) => step.input as Record<string, unknown> & { requestId?: string };

describe('the demo story', () => {
  it('starts 91 days before the day it is first told, at midnight UTC', () => {
    expect(start.toISOString()).toBe('2026-09-04T00:00:00.000Z');
  });

  it('is the same story every time it is told from the same start', () => {
    expect(demoStory(new Date(start))).toEqual(steps);
  });

  it('moves forward in time and stops before the day it is told', () => {
    for (let i = 1; i < steps.length; i++) expect(steps[i].at > steps[i - 1].at).toBe(true);
    expect(dayOf(steps[steps.length - 1])).toBeLessThanOrEqual(STORY_DAYS);
    expect(Date.parse(steps[steps.length - 1].at)).toBeLessThan(Date.parse('2026-12-04T00:00:00Z'));
  });

  it('has an organisation big enough to look real', () => {
    expect(ofType('RegisterDivision')).toHaveLength(7);
    expect(ofType('RegisterLeader').length).toBeGreaterThanOrEqual(60);
    expect(ofType('AppointDivisionHead')).toHaveLength(7);
    expect(ofType('DelegateRanking')).toHaveLength(7);
    expect(ofType('DefineTheme').length).toBeGreaterThanOrEqual(3);
    expect(ofType('RegisterStrategicProject')).toHaveLength(15);
    const homes = new Map(
      ofType('RegisterStrategicProject').map((s) => [input(s).projectId, input(s).homeDivisionId]),
    );
    for (const need of ofType('DeclareSupportNeed')) {
      expect(input(need).supportingDivisionId).not.toBe(homes.get(input(need).projectId));
    }
  });

  it('covers three months of every kind of peer work', () => {
    for (const type of [
      'RaisePeerRequest',
      'AcceptPeerRequest',
      'FulfilPeerRequest',
      'DeclinePeerRequest',
      'InvitePeerToPresent',
      'RecordPresentationDelivered',
      'ConfirmMutualTheme',
      'CommitSupport',
      'ReportSupportSlip',
      'RankDivisionPortfolio',
    ]) {
      expect({ type, present: ofType(type).length > 0 }).toEqual({ type, present: true });
    }
    const raised = ofType('RaisePeerRequest').map(dayOf);
    expect(Math.min(...raised)).toBeLessThan(7);
    expect(Math.max(...raised)).toBeGreaterThan(STORY_DAYS - 7);
    const answered = new Set(
      steps
        .filter((s) =>
          ['AcceptPeerRequest', 'DeclinePeerRequest', 'WithdrawPeerRequest'].includes(s.type),
        )
        .map((s) => input(s).requestId),
    );
    const unanswered = ofType('RaisePeerRequest').filter(
      (s) => !answered.has(input(s).requestId) && dayOf(s) < STORY_DAYS - 3,
    );
    expect(unanswered.length).toBeGreaterThan(5);
  });

  describe('the five situations', () => {
    const { projectId, needId, supportingDivisionId } = CAST.atRiskProject;

    it('Operations ranks Finance’s blocking need last, then declines it', () => {
      const rankings = ofType('RankDivisionPortfolio').filter(
        (s) => input(s).divisionId === supportingDivisionId,
      );
      const ranked = rankings.filter((s) =>
        (input(s).items as { ref: string }[]).some((item) => item.ref === needId),
      );
      expect(ranked.length).toBeGreaterThanOrEqual(2);
      for (const ranking of ranked)
        expect((input(ranking).items as { ref: string }[]).at(-1)!.ref).toBe(needId);
      const decline = ofType('DeclineSupport').find((s) => input(s).needId === needId)!;
      expect(dayOf(decline)).toBeGreaterThan(dayOf(ranked[ranked.length - 1]));
      expect(ofType('CommitSupport').some((s) => input(s).needId === needId)).toBe(false);
      expect(
        ofType('RegisterStrategicProject').find((s) => input(s).projectId === projectId),
      ).toBeDefined();
    });

    it('the connector helps for two months, then more requests pile up than she can take', () => {
      const toConnector = ofType('RaisePeerRequest').filter(
        (s) => input(s).recipientId === CAST.connector,
      );
      const fulfilled = new Set(ofType('FulfilPeerRequest').map((s) => input(s).requestId));
      const accepted = new Set(ofType('AcceptPeerRequest').map((s) => input(s).requestId));
      const early = toConnector.filter((s) => dayOf(s) < 60);
      expect(early.every((s) => fulfilled.has(input(s).requestId))).toBe(true);
      const pilingUp = toConnector.filter(
        (s) =>
          dayOf(s) >= 60 && accepted.has(input(s).requestId) && !fulfilled.has(input(s).requestId),
      );
      const capacity = input(
        ofType('DeclareCapacity').find((s) => input(s).leaderId === CAST.connector)!,
      );
      expect(pilingUp.length).toBeGreaterThan(Number(capacity.maxOpen));
    });

    it('the taker asks often and never delivers for anyone', () => {
      const asked = ofType('RaisePeerRequest').filter((s) => input(s).requesterId === CAST.taker);
      expect(asked.length).toBeGreaterThanOrEqual(15);
      expect(ofType('FulfilPeerRequest').some((s) => s.actor.leaderId === CAST.taker)).toBe(false);
      expect(ofType('AcceptPeerRequest').some((s) => s.actor.leaderId === CAST.taker)).toBe(false);
    });

    it('the dormant pair works together every few days for a month, then never again', () => {
      const [a, b] = CAST.dormantPair;
      const between = ofType('RaisePeerRequest').filter(
        (s) =>
          [a, b].includes(input(s).requesterId as never) &&
          [a, b].includes(input(s).recipientId as never),
      );
      expect(between.length).toBeGreaterThanOrEqual(8);
      expect(Math.max(...between.map(dayOf))).toBeLessThan(31);
    });

    it('Marketing is merged into Sales half-way through', () => {
      const [merge] = ofType('MergeDivisions');
      expect(input(merge)).toMatchObject({ targetId: 'sales', sourceIds: ['marketing'] });
      expect(dayOf(merge)).toBe(CAST.merger.day);
      const afterwards = steps.filter((s) => dayOf(s) > CAST.merger.day);
      expect(afterwards.some((s) => input(s).divisionId === 'marketing')).toBe(false);
    });
  });
});
