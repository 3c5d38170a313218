import type { EventEnvelope } from '@lib/contracts';
import { AlignmentEventFactory } from '../company-alignment/test/alignment.fixtures';
import { InMemoryAlignmentStore } from '../company-alignment/test/alignment.memory-store';
import { type AlignmentInputs, alignmentInputChange } from './alignment-inputs';
import { alignmentSnapshot } from './alignment-snapshot';

const cycle = '2026-h1';

async function inputsOf(events: readonly EventEnvelope[]): Promise<AlignmentInputs> {
  const store = new InMemoryAlignmentStore();
  for (const event of events) {
    const change = alignmentInputChange(event);
    if (change) await store.record(change);
  }
  return store.inputs('t', [cycle]);
}

const listOf = (inputs: AlignmentInputs, asOf: string, divisionId: string) =>
  alignmentSnapshot(inputs, cycle, asOf)
    .divisions.find((d) => d.divisionId === divisionId)
    ?.items.map((item) => `${item.kind[0]}:${item.ref}`)
    .join(' ');

describe('what alignment sees of a cycle at one instant', () => {
  const events = new AlignmentEventFactory('t');
  const nX = { needId: 'nX', projectId: 'pC', homeDivId: 'C', supportingDivId: 'A' };
  const nY = { needId: 'nY', projectId: 'pA', homeDivId: 'A', supportingDivId: 'B' };
  const history = [
    events.ranked('A', cycle, 1, 'n:nX t:t1 p:pA', '2026-01-10T09:00:00.000Z'),
    events.ranked('B', cycle, 1, 't:t2 n:nY', '2026-01-10T09:00:00.000Z'),
    events.ranked('C', cycle, 1, 'p:pC t:t1', '2026-01-10T09:00:00.000Z'),
    events.needDeclared(
      { ...nX, criticality: 'blocking', capacity: 1 },
      '2026-01-05T00:00:00.000Z',
    ),
    events.needDeclared({ ...nY, criticality: 'nice', capacity: 1 }, '2026-01-05T00:00:00.000Z'),
    events.merged(['A'], 'B', '2026-02-01T00:00:00.000Z', '2026-01-20T00:00:00.000Z'),
  ];

  describe('given a division merged into another from 1 February', () => {
    it('then before the merge each division has its own portfolio', async () => {
      const snapshot = alignmentSnapshot(
        await inputsOf(history),
        cycle,
        '2026-01-15T00:00:00.000Z',
      );
      expect(snapshot.divisions.map((d) => d.divisionId)).toEqual(['A', 'B', 'C']);
      expect(
        snapshot.needs.map((n) => [n.needId, n.homeDivisionId, n.supportingDivisionId]),
      ).toEqual([
        ['nX', 'C', 'A'],
        ['nY', 'A', 'B'],
      ]);
    });

    it('then after it the target’s portfolio interleaves both lists by priority percentile', async () => {
      const inputs = await inputsOf(history);
      const snapshot = alignmentSnapshot(inputs, cycle, '2026-02-02T00:00:00.000Z');
      expect(snapshot.divisions.map((d) => d.divisionId)).toEqual(['B', 'C']);
      expect(listOf(inputs, '2026-02-02T00:00:00.000Z', 'B')).toBe('t:t2 n:nX t:t1 n:nY p:pA');
      expect(snapshot.countsAs.get('A')).toBe('B');
      expect(snapshot.divisions[0].rankings.map((r) => r.divisionId)).toEqual(['B', 'A']);
    });

    it('then a need between the merged divisions is internal work and leaves alignment', async () => {
      const snapshot = alignmentSnapshot(
        await inputsOf(history),
        cycle,
        '2026-02-02T00:00:00.000Z',
      );
      expect(
        snapshot.needs.map((n) => [n.needId, n.homeDivisionId, n.supportingDivisionId]),
      ).toEqual([['nX', 'C', 'B']]);
    });

    it('then once the target ranks again, its own list speaks for the merged division', async () => {
      const reRanked = events.ranked('B', cycle, 2, 'n:nX t:t1 t:t2', '2026-02-10T00:00:00.000Z');
      const inputs = await inputsOf([...history, reRanked]);
      expect(listOf(inputs, '2026-02-11T00:00:00.000Z', 'B')).toBe('n:nX t:t1 t:t2');
      expect(listOf(inputs, '2026-02-09T00:00:00.000Z', 'B')).toBe('t:t2 n:nX t:t1 n:nY p:pA');
    });

    it('then a second merge of the target carries the first one along', async () => {
      const again = events.merged(
        ['B'],
        'C',
        '2026-03-05T00:00:00.000Z',
        '2026-03-01T00:00:00.000Z',
      );
      const snapshot = alignmentSnapshot(await inputsOf([...history, again]), cycle, null);
      expect(snapshot.divisions.map((d) => d.divisionId)).toEqual(['C']);
      expect(snapshot.countsAs).toEqual(
        new Map([
          ['A', 'C'],
          ['B', 'C'],
          ['C', 'C'],
        ]),
      );
      expect(snapshot.needs).toEqual([]);
    });
  });

  describe('given a re-rank to isolate', () => {
    it('then the override puts one revision of the division in place of its latest (0: none)', async () => {
      const inputs = await inputsOf(history);
      const before = alignmentSnapshot(inputs, cycle, '2026-01-15T00:00:00.000Z', {
        divisionId: 'C',
        revision: 0,
      });
      expect(before.divisions.map((d) => d.divisionId)).toEqual(['A', 'B']);
    });
  });

  describe('given needs that were closed', () => {
    it('then a need counts from its declaration until it is closed or its project is', async () => {
      const closed = [
        events.needClosed('SupportDeclined', nX, '2026-03-01T00:00:00.000Z'),
        events.projectClosed('pA', '2026-04-01T00:00:00.000Z'),
      ];
      const inputs = await inputsOf([...history, ...closed]);
      const open = (asOf: string) =>
        alignmentSnapshot(inputs, cycle, asOf).needs.map((n) => n.needId);
      expect(open('2026-01-04T00:00:00.000Z')).toEqual([]);
      expect(open('2026-01-06T00:00:00.000Z')).toEqual(['nX', 'nY']);
      expect(open('2026-01-25T00:00:00.000Z')).toEqual(['nX', 'nY']);
      expect(open('2026-03-01T00:00:00.000Z')).toEqual([]);
    });
  });

  describe('given a ranking made after the instant', () => {
    it('then the division’s earlier revision is the one seen', async () => {
      const later = events.ranked('C', cycle, 2, 't:t1 p:pC', '2026-01-20T00:00:00.000Z');
      const inputs = await inputsOf([...history, later]);
      expect(listOf(inputs, '2026-01-15T00:00:00.000Z', 'C')).toBe('p:pC t:t1');
      expect(listOf(inputs, '2026-01-20T00:00:00.000Z', 'C')).toBe('t:t1 p:pC');
    });
  });
});
