import type { EventEnvelope } from '@lib/contracts';
import type { Criticality } from '@lib/domain';
import fc from 'fast-check';
import { AlignmentEventFactory } from './alignment.fixtures';

// Random event histories of one tenant for the order-independence properties (acceptance 2): four
// divisions ranking themes, their projects and needs over two cycles, needs declared and closed,
// company rankings, and at most one merge, one project closing and one cycle closing. Times fall on
// few distinct instants, so ties are common.

const DIVISIONS = ['A', 'B', 'C', 'D'] as const;
const THEMES = ['t1', 't2', 't3', 't4'] as const;
const CYCLES = ['c1', 'c2'] as const;
const NEED_CLOSINGS = ['SupportNeedWithdrawn', 'SupportDeclined', 'SupportDelivered'] as const;

export const day = (d: number): string => new Date(Date.UTC(2026, 0, d, 9)).toISOString();

/** Present one time in three. */
function sometimes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: arb, weight: 1 });
}

const needArb = fc
  .record({
    home: fc.constantFrom(...DIVISIONS),
    supporting: fc.constantFrom(...DIVISIONS),
    criticality: fc.constantFrom<Criticality>('blocking', 'important', 'nice'),
    capacity: fc.integer({ min: 1, max: 4 }),
    declaredDay: fc.integer({ min: 1, max: 20 }),
    closing: sometimes(
      fc.record({
        type: fc.constantFrom(...NEED_CLOSINGS),
        after: fc.integer({ min: 0, max: 10 }),
      }),
    ),
  })
  .filter((need) => need.home !== need.supporting);

type NeedSpec = typeof needArb extends fc.Arbitrary<infer T> ? T : never;

const portfoliosArb = (refs: readonly string[]) =>
  fc.uniqueArray(
    fc.record({
      division: fc.constantFrom(...DIVISIONS),
      cycle: fc.constantFrom(...CYCLES),
      revisions: fc.array(
        fc.record({ day: fc.integer({ min: 1, max: 30 }), items: fc.shuffledSubarray([...refs]) }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { selector: (p) => `${p.division}/${p.cycle}`, maxLength: 6 },
  );

const historyArb = fc
  .array(needArb, { maxLength: 6 })
  .chain((needs) =>
    fc.record({
      needs: fc.constant(needs),
      portfolios: portfoliosArb([
        ...THEMES.map((t) => `t:${t}`),
        ...DIVISIONS.map((d) => `p:p${d}`),
        ...needs.map((_, i) => `n:n${i}`),
      ]),
      company: fc.array(
        fc.record({
          cycle: fc.constantFrom(...CYCLES),
          day: fc.integer({ min: 1, max: 30 }),
          themes: fc.shuffledSubarray([...THEMES], { minLength: 1 }),
        }),
        { maxLength: 3 },
      ),
      merge: sometimes(
        fc.record({
          source: fc.constantFrom(...DIVISIONS),
          target: fc.constantFrom(...DIVISIONS),
          effectiveDay: fc.integer({ min: 1, max: 30 }),
        }),
      ),
      projectClosing: sometimes(
        fc.record({
          division: fc.constantFrom(...DIVISIONS),
          day: fc.integer({ min: 1, max: 30 }),
        }),
      ),
      cycleClosing: sometimes(
        fc.record({ cycle: fc.constantFrom(...CYCLES), day: fc.integer({ min: 10, max: 30 }) }),
      ),
    }),
  )
  .map((spec) => eventsOf(spec));

function eventsOf(spec: {
  needs: NeedSpec[];
  portfolios: { division: string; cycle: string; revisions: { day: number; items: string[] }[] }[];
  company: { cycle: string; day: number; themes: string[] }[];
  merge?: { source: string; target: string; effectiveDay: number };
  projectClosing?: { division: string; day: number };
  cycleClosing?: { cycle: string; day: number };
}): EventEnvelope[] {
  const events = new AlignmentEventFactory('t');
  const history: EventEnvelope[] = [];
  spec.needs.forEach((need, i) => {
    const ids = { needId: `n${i}`, projectId: `p${need.home}`, supportingDivId: need.supporting };
    const { criticality, capacity } = need;
    history.push(
      events.needDeclared(
        { ...ids, homeDivId: need.home, criticality, capacity },
        day(need.declaredDay),
      ),
    );
    if (need.closing) {
      history.push(
        events.needClosed(need.closing.type, ids, day(need.declaredDay + need.closing.after)),
      );
    }
  });
  for (const { division, cycle, revisions } of spec.portfolios) {
    const days = revisions.map((r) => r.day).sort((a, b) => a - b);
    revisions.forEach((revision, i) => {
      history.push(events.ranked(division, cycle, i + 1, revision.items.join(' '), day(days[i])));
    });
  }
  for (const cycle of CYCLES) {
    spec.company
      .filter((c) => c.cycle === cycle)
      .sort((a, b) => a.day - b.day)
      .forEach((c, i) => history.push(events.companyRanked(cycle, i + 1, c.themes, day(c.day))));
  }
  const { merge, projectClosing, cycleClosing } = spec;
  if (merge && merge.source !== merge.target) {
    history.push(events.merged([merge.source], merge.target, day(merge.effectiveDay), day(1)));
  }
  if (projectClosing) {
    history.push(events.projectClosed(`p${projectClosing.division}`, day(projectClosing.day)));
  }
  if (cycleClosing) history.push(events.cycleClosed(cycleClosing.cycle, day(cycleClosing.day)));
  return history;
}

/**
 * A history and two deliveries of it: each interleaves the streams at random while keeping every
 * stream's own order, as Kafka does with one key per stream and partitions read at any pace.
 */
export const deliveriesArb = historyArb.chain((history) =>
  fc.record({
    history: fc.constant(history),
    first: interleavingArb(history),
    second: interleavingArb(history),
  }),
);

function interleavingArb(history: readonly EventEnvelope[]): fc.Arbitrary<EventEnvelope[]> {
  return fc
    .array(fc.integer(), { minLength: history.length, maxLength: history.length })
    .map((keys) => interleave(history, keys));
}

function interleave(history: readonly EventEnvelope[], keys: readonly number[]): EventEnvelope[] {
  const streams = new Map<string, EventEnvelope[]>();
  for (const event of history)
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  const next = new Map<string, number>();
  return history
    .map((event, i) => ({ event, key: keys[i], i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ event }) => {
      const position = next.get(event.streamId) ?? 0;
      next.set(event.streamId, position + 1);
      return (streams.get(event.streamId) as EventEnvelope[])[position];
    });
}
