import type { EventEnvelope } from '@lib/contracts';
import fc from 'fast-check';
import { RiskHistory } from './risk-history';

// Random histories of one tenant for the order-independence property: six leaders in three
// divisions, requests with every lifecycle, presentations, a project with needs and promises,
// rankings, a reorganisation and a merge, all in valid per-stream order.

const leaders = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5'].map((id, i) => ({ id, div: `d${i % 3}` }));
const outcomes = [
  'open',
  'accepted',
  'fulfilled',
  'acknowledged',
  'declined',
  'redirected',
  'breached',
  'withdrawn',
] as const;
const needOutcomes = [
  'pending',
  'committed',
  'slipped',
  'declined',
  'counter',
  'delivered',
] as const;

const day = fc.integer({ min: 0, max: 40 });
const leader = fc.nat({ max: 5 });

export const historyShape = fc.record({
  requests: fc.array(
    fc.record({
      from: leader,
      offset: fc.integer({ min: 1, max: 5 }),
      effort: fc.constantFrom('S' as const, 'M' as const, 'L' as const),
      day,
      outcome: fc.constantFrom(...outcomes),
      helpfulness: fc.integer({ min: 1, max: 5 }),
      forProject: fc.boolean(),
      suggested: leader,
    }),
    { maxLength: 10 },
  ),
  presentations: fc.array(
    fc.record({ host: leader, offset: fc.integer({ min: 1, max: 5 }), day }),
    {
      maxLength: 3,
    },
  ),
  needs: fc.array(
    fc.record({
      division: fc.integer({ min: 1, max: 2 }),
      outcome: fc.constantFrom(...needOutcomes),
      day,
      contact: fc.option(leader),
    }),
    { maxLength: 3 },
  ),
  ranked: fc.boolean(),
  locked: fc.boolean(),
  merged: fc.boolean(),
  moved: fc.option(leader),
  capacity: fc.option(fc.integer({ min: 1, max: 20 })),
  status: fc.option(
    fc.record({
      rag: fc.constantFrom('red' as const, 'amber' as const, 'green' as const),
      confidence: fc.integer({ min: 0, max: 10 }),
      day,
    }),
  ),
});

export type HistoryShape = typeof historyShape extends fc.Arbitrary<infer T> ? T : never;

export function historyOf(tenantId: string, shape: HistoryShape): EventEnvelope[] {
  const h = new RiskHistory(tenantId, '2026-02-02T09:00:00.000Z');
  h.add('CycleOpened', 'cycle:c', { cycleId: 'c', startsAt: h.at(-10), endsAt: h.at(90) }, -10);
  for (const l of leaders) h.leader(l.id, l.div, -20);
  h.add('DivisionHeadAppointed', 'division:d1', { divisionId: 'd1', leaderId: 'l1' }, -19);
  if (shape.capacity !== null)
    h.add(
      'LeaderCapacityDeclared',
      'leader:l1',
      { leaderId: 'l1', divisionId: 'd1', maxOpen: shape.capacity },
      -5,
    );
  if (shape.moved !== null)
    h.add(
      'LeaderDivisionChanged',
      `leader:l${shape.moved}`,
      {
        leaderId: `l${shape.moved}`,
        from: leaders[shape.moved].div,
        to: 'd0',
        effectiveAt: h.at(10),
      },
      10,
    );
  if (shape.merged)
    h.add(
      'DivisionsMerged',
      'division:d1',
      { sourceIds: ['d2'], targetId: 'd1', effectiveAt: h.at(20) },
      20,
    );
  h.add(
    'StrategicProjectRegistered',
    'project:p',
    {
      projectId: 'p',
      name: 'P',
      ownerId: 'l0',
      homeDivId: 'd0',
      themeIds: ['t'],
      tier: 'T1',
      startAt: h.at(0),
      targetAt: h.at(100),
    },
    0,
  );
  if (shape.status)
    h.add(
      'ProjectStatusReported',
      'project:p',
      { projectId: 'p', reportedBy: 'l0', ...shape.status },
      shape.status.day,
    );
  shape.requests.forEach((r, i) => request(h, i, r));
  shape.presentations.forEach((p, i) => {
    const host = leaders[p.host];
    const presenter = leaders[(p.host + p.offset) % 6];
    h.add(
      'PresentationDelivered',
      `invitation:i${i}`,
      {
        invitationId: `i${i}`,
        hostId: host.id,
        hostDivId: host.div,
        presenterId: presenter.id,
        presenterDivId: presenter.div,
      },
      p.day,
    );
  });
  shape.needs.forEach((n, i) => need(h, i, n));
  if (shape.ranked) {
    h.add(
      'DivisionPortfolioRanked',
      'portfolio:d0:c',
      {
        divisionId: 'd0',
        cycleId: 'c',
        revision: 1,
        items: [
          { kind: 'project', ref: 'p' },
          { kind: 'theme', ref: 't' },
        ],
        rankedBy: 'l0',
        warnings: [],
      },
      5,
    );
    h.add(
      'DivisionPortfolioRanked',
      'portfolio:d1:c',
      {
        divisionId: 'd1',
        cycleId: 'c',
        revision: 1,
        items: [
          { kind: 'theme', ref: 't' },
          ...shape.needs.map((_, i) => ({ kind: 'need' as const, ref: `n${i}` })).reverse(),
        ],
        rankedBy: 'l1',
        warnings: [],
      },
      6,
    );
  }
  if (shape.locked)
    h.add('CycleLocked', 'cycle:c', { cycleId: 'c', startsAt: h.at(-10), endsAt: h.at(90) }, 30);
  return h.events;
}

function request(h: RiskHistory, i: number, r: HistoryShape['requests'][number]): void {
  const from = leaders[r.from];
  const to = leaders[(r.from + r.offset) % 6];
  const id = `r${i}`;
  const stream = `request:${id}`;
  h.raise(id, from, to, r.day, { effort: r.effort, projectId: r.forProject ? 'p' : undefined });
  const answer = { requestId: id, recipientId: to.id, recipientDivId: to.div };
  switch (r.outcome) {
    case 'accepted':
      h.add('PeerRequestAccepted', stream, { ...answer, expectedBy: h.at(r.day + 10) }, r.day + 1);
      return;
    case 'acknowledged':
    case 'fulfilled':
      h.fulfil(id, to, r.day + 2);
      if (r.outcome === 'acknowledged') h.acknowledge(id, from, r.helpfulness, r.day + 3);
      return;
    case 'declined': {
      const suggested = leaders[r.suggested];
      const named = suggested.id !== from.id && suggested.id !== to.id;
      h.add(
        'PeerRequestDeclined',
        stream,
        {
          ...answer,
          reasonCode: 'not_my_area',
          ...(named ? { suggestedPeerId: suggested.id, suggestedPeerDivId: suggested.div } : {}),
        },
        r.day + 1,
      );
      return;
    }
    case 'redirected': {
      const next = leaders.find((l) => l.id !== from.id && l.id !== to.id) ?? leaders[0];
      h.add(
        'PeerRequestRedirected',
        stream,
        {
          requestId: id,
          fromId: to.id,
          fromDivId: to.div,
          toId: next.id,
          toDivId: next.div,
          hop: 1,
        },
        r.day + 1,
      );
      h.fulfil(id, next, r.day + 2);
      return;
    }
    case 'breached':
      h.responseSlaBreached(id, to, r.day + 3);
      return;
    case 'withdrawn':
      h.add(
        'PeerRequestWithdrawn',
        stream,
        { requestId: id, requesterId: from.id, requesterDivId: from.div },
        r.day + 1,
      );
      return;
    default:
  }
}

function need(h: RiskHistory, i: number, n: HistoryShape['needs'][number]): void {
  const ids = { needId: `n${i}`, projectId: 'p', supportingDivId: `d${n.division}` };
  const stream = `need:n${i}`;
  h.add(
    'SupportNeedDeclared',
    stream,
    {
      ...ids,
      homeDivId: 'd0',
      keyContactId: n.contact === null ? undefined : leaders[n.contact].id,
      capacity: 3,
      neededBy: h.at(60),
      criticality: (['blocking', 'important', 'nice'] as const)[i % 3],
    },
    n.day,
  );
  const committed = () =>
    h.add(
      'SupportCommitted',
      stream,
      { ...ids, deliverBy: h.at(n.day + 10), capacity: 3, committedBy: 'l1' },
      n.day + 1,
    );
  switch (n.outcome) {
    case 'committed':
      committed();
      return;
    case 'slipped':
      committed();
      h.add(
        'SupportSlipped',
        stream,
        { ...ids, oldDeliverBy: h.at(n.day + 10), newDeliverBy: h.at(n.day + 20) },
        n.day + 5,
      );
      return;
    case 'declined':
      h.add(
        'SupportDeclined',
        stream,
        { ...ids, reasonCode: 'no_capacity', declinedBy: 'l1' },
        n.day + 1,
      );
      return;
    case 'counter':
      h.add(
        'SupportCounterProposed',
        stream,
        { ...ids, deliverBy: h.at(80), capacity: 2, proposedBy: 'l1' },
        n.day + 1,
      );
      return;
    case 'delivered':
      committed();
      h.add('SupportDelivered', stream, ids, n.day + 8);
      return;
    default:
  }
}

/** One interleaving of the streams that keeps each stream's own order, picked by `picks`. */
export function interleave(
  events: readonly EventEnvelope[],
  picks: readonly number[],
): EventEnvelope[] {
  const streams = new Map<string, EventEnvelope[]>();
  for (const event of events)
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  const queues = [...streams.values()];
  const out: EventEnvelope[] = [];
  let k = 0;
  while (queues.length > 0) {
    const index = (picks[k++ % Math.max(1, picks.length)] ?? 0) % queues.length;
    out.push(queues[index].shift() as EventEnvelope);
    if (queues[index].length === 0) queues.splice(index, 1);
  }
  return out;
}
