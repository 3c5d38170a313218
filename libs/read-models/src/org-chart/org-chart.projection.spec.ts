import type { DirectoryEvent } from '../directory-rows';
import { StreamEvents } from '../directory-rows/test/directory-events';
import { type DivisionRow, evolveDivision, mergedAway } from './divisions.projection';
import { evolveLeader, type LeaderRow, remappedLeader } from './leaders.projection';
import { evolvePlanningCycle, type PlanningCycleRow } from './planning-cycles.projection';

const none = new Map<string, string>();

function fold<R>(
  events: readonly DirectoryEvent[],
  evolve: (row: R | null, event: DirectoryEvent) => R | null,
): R | null {
  return events.reduce<R | null>(evolve, null);
}

describe('the leaders of the org chart', () => {
  const ana = new StreamEvents();
  const registered = ana.next('LeaderRegistered', {
    leaderId: 'ana',
    divisionId: 'finance',
    name: 'Ana',
    level: 'senior',
  });
  const capacity = ana.next('LeaderCapacityDeclared', {
    leaderId: 'ana',
    divisionId: 'finance',
    maxOpen: 4,
  });
  const focus = ana.next('FocusAreasShared', {
    leaderId: 'ana',
    divisionId: 'finance',
    cycleId: 'fy26',
    themeIds: ['resilience', 'growth'],
  });
  const moved = ana.next('LeaderDivisionChanged', {
    leaderId: 'ana',
    from: 'finance',
    to: 'risk',
    effectiveAt: '2026-04-01T00:00:00Z',
  });
  const deactivated = ana.next('LeaderDeactivated', { leaderId: 'ana', divisionId: 'risk' });
  const leaderAfter = (events: DirectoryEvent[], merges = none) =>
    fold<LeaderRow>(events, (row, event) => evolveLeader(row, event, merges));

  it('given a registration, then the leader is active in their division with no declared capacity', () => {
    expect(leaderAfter([registered])).toMatchObject({
      divisionId: 'finance',
      status: 'active',
      maxOpen: null,
      focusThemeIds: [],
    });
  });

  it('given capacity, focus areas, a move and a deactivation, then the row shows each', () => {
    expect(leaderAfter([registered, capacity, focus, moved, deactivated])).toMatchObject({
      divisionId: 'risk',
      recordedDivisionId: 'risk',
      status: 'inactive',
      maxOpen: 4,
      focusCycleId: 'fy26',
      focusThemeIds: ['growth', 'resilience'],
      version: 5,
    });
  });

  it('given an event delivered again after later ones, then nothing changes', () => {
    const once = leaderAfter([registered, capacity, moved]);
    expect(leaderAfter([registered, capacity, moved, capacity, registered])).toEqual(once);
  });

  describe('when their division was merged into another', () => {
    const merges = new Map([['finance', 'corporate']]);

    it('then a leader registered after the merge is placed in the division it merged into', () => {
      expect(leaderAfter([registered], merges)).toMatchObject({
        divisionId: 'corporate',
        recordedDivisionId: 'finance',
      });
    });

    it('then a leader registered before the merge is placed there too', () => {
      const before = leaderAfter([registered]) as LeaderRow;
      expect(remappedLeader(before, merges)).toEqual(leaderAfter([registered], merges));
    });

    it('then merges of merges are followed to the division that absorbed them all', () => {
      const chain = new Map([
        ['finance', 'corporate'],
        ['corporate', 'group'],
      ]);
      expect(leaderAfter([registered], chain)?.divisionId).toBe('group');
    });
  });
});

describe('the divisions of the org chart', () => {
  const finance = new StreamEvents();
  const registered = finance.next('DivisionRegistered', { divisionId: 'finance', name: 'Finance' });
  const head = finance.next('DivisionHeadAppointed', { divisionId: 'finance', leaderId: 'cfo' });
  const tom = finance.next('RankingDelegated', { divisionId: 'finance', delegateId: 'tom' });
  const ana = finance.next('RankingDelegated', { divisionId: 'finance', delegateId: 'ana' });
  const revoked = finance.next('RankingDelegateRevoked', {
    divisionId: 'finance',
    delegateId: 'tom',
  });
  const divisionAfter = (events: DirectoryEvent[]) => fold<DivisionRow>(events, evolveDivision);
  const merge = {
    sourceIds: ['finance'],
    targetId: 'corporate',
    effectiveAt: '2026-05-01T00:00:00Z',
  };

  it('given a head and delegates, one revoked, then it lists the head and the remaining delegate', () => {
    expect(divisionAfter([registered, head, tom, ana, revoked])).toMatchObject({
      name: 'Finance',
      headId: 'cfo',
      delegateIds: ['ana'],
      mergedInto: null,
    });
  });

  it('given a merge learnt before or after its own events, then the row is the same', () => {
    const events = [registered, head, tom];
    const mergedFirst = events.reduce<DivisionRow | null>(
      evolveDivision,
      mergedAway(null, 'acme', 'finance', merge),
    );
    const mergedLast = mergedAway(divisionAfter(events), 'acme', 'finance', merge);
    expect(mergedFirst).toEqual(mergedLast);
    expect(mergedLast).toMatchObject({
      name: 'Finance',
      mergedInto: 'corporate',
      mergedAt: '2026-05-01T00:00:00.000Z',
    });
  });
});

describe('the planning cycles', () => {
  const cycles = new StreamEvents();
  const dates = {
    cycleId: 'fy26',
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2026-12-31T00:00:00Z',
  };
  const opened = cycles.next('CycleOpened', dates);
  const locked = cycles.next('CycleLocked', dates);
  const closed = cycles.next('CycleClosed', dates);

  it('given it opened, locked and closed, then it is closed and remembers when each happened', () => {
    expect(fold<PlanningCycleRow>([opened, locked, closed], evolvePlanningCycle)).toEqual({
      tenantId: 'acme',
      cycleId: 'fy26',
      status: 'closed',
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2026-12-31T00:00:00.000Z',
      openedAt: opened.occurredAt,
      lockedAt: locked.occurredAt,
      closedAt: closed.occurredAt,
    });
  });
});
