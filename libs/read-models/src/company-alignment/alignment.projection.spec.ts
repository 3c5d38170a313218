import { AlignmentEventFactory } from './test/alignment.fixtures';
import { InMemoryAlignmentStore } from './test/alignment.memory-store';
import { projectAlignmentEvent } from './alignment.projection';

// The hand-computed company of libs/domain/src/scoring/alignment.spec.ts, fed as feed events:
//   F: pF t1 t2 n3 t3 | O: t2 t1 n1 pO t3 | S: t1 n2 t3 | company t1 t2 t3
//   n1: F's pF needs O, blocking, 2 (w 6) | n2: pF needs S, nice, 4 (w 4) | n3: O's pO needs F, important, 1 (w 2)
//   PA(F,O) = 0.735 (I 8), PA(F,S) = 0.628 (I 4), PA(O,S) = TA = 0.72 (I 0); CA = 8.392/12
// Then Operations moves n1 to the bottom (revision 2: t2 t1 pO t3 n1):
//   SA(F→O) = 0, SA(O→F) = 0.75, SA_sym = 0.1875, PA(F,O) = 0.4725, ΔPA = −0.2625
//   CA = (8·0.4725 + 4·0.628)/12 = 6.292/12

const tenant = 'tenant-a';
const cycle = '2026-h1';
const n1 = { needId: 'n1', projectId: 'pF', homeDivId: 'F', supportingDivId: 'O' };
const n2 = { needId: 'n2', projectId: 'pF', homeDivId: 'F', supportingDivId: 'S' };
const n3 = { needId: 'n3', projectId: 'pO', homeDivId: 'O', supportingDivId: 'F' };

function threeDivisions(factory = new AlignmentEventFactory(tenant)) {
  return {
    companyRanked: factory.companyRanked(cycle, 1, ['t1', 't2', 't3'], '2026-01-10T09:00:00.000Z'),
    n1: factory.needDeclared(
      { ...n1, criticality: 'blocking', capacity: 2 },
      '2026-01-05T09:00:00.000Z',
    ),
    n2: factory.needDeclared(
      { ...n2, criticality: 'nice', capacity: 4 },
      '2026-01-05T10:00:00.000Z',
    ),
    n3: factory.needDeclared(
      { ...n3, criticality: 'important', capacity: 1 },
      '2026-01-06T09:00:00.000Z',
    ),
    f1: factory.ranked(
      'F',
      cycle,
      1,
      'p:pF t:t1 t:t2 n:n3 t:t3',
      '2026-01-12T09:00:00.000Z',
      'fiona',
    ),
    o1: factory.ranked(
      'O',
      cycle,
      1,
      't:t2 t:t1 n:n1 p:pO t:t3',
      '2026-01-12T10:00:00.000Z',
      'oscar',
    ),
    s1: factory.ranked('S', cycle, 1, 't:t1 n:n2 t:t3', '2026-01-12T11:00:00.000Z', 'sam'),
    o2: factory.ranked(
      'O',
      cycle,
      2,
      't:t2 t:t1 p:pO t:t3 n:n1',
      '2026-03-03T09:00:00.000Z',
      'olga',
    ),
  };
}

async function project(events: readonly Parameters<typeof projectAlignmentEvent>[1][]) {
  const store = new InMemoryAlignmentStore();
  for (const event of events) await projectAlignmentEvent(store, event);
  return store;
}

describe('the alignment projection (domain README §5.4)', () => {
  describe('given three divisions, their needs and the company ranking, then Operations re-ranks', () => {
    const events = threeDivisions();
    let store: InMemoryAlignmentStore;

    beforeAll(async () => {
      store = await project(Object.values(events));
    });

    const cycleRows = () => store.readModel().cycles[0];
    const pair = (a: string, b: string) =>
      cycleRows().pairs.find((p) => p.divisionA === a && p.divisionB === b);

    it('then each pair has its hand-computed alignment as it stands', () => {
      expect(pair('F', 'O')).toMatchObject({
        supportAToB: 0,
        supportBToA: 0.75,
        weightAToB: 6,
        weightBToA: 2,
        interdependence: 8,
        ruleVersion: 1,
      });
      expect(pair('F', 'O')?.themeAgreement).toBeCloseTo(0.9, 12);
      expect(pair('F', 'O')?.supportSymmetric).toBeCloseTo(0.1875, 12);
      expect(pair('F', 'O')?.value).toBeCloseTo(0.4725, 12);
      expect(pair('F', 'S')?.value).toBeCloseTo(0.628, 12);
      expect(pair('F', 'S')?.interdependence).toBe(4);
      expect(pair('O', 'S')).toMatchObject({ interdependence: 0, supportSymmetric: null });
      expect(pair('O', 'S')?.value).toBeCloseTo(0.72, 12);
    });

    it('then a gap points at the need and at the rankings that placed it and its project', () => {
      const gap = pair('F', 'O')?.gaps.find((g) => g.needId === 'n1');
      expect(gap).toMatchObject({
        fromDivisionId: 'F',
        toDivisionId: 'O',
        projectPercentile: 1,
        needPercentile: 0,
        gap: 1,
        weight: 6,
      });
      expect(gap?.evidence.map((e) => [e.type, e.eventId])).toEqual([
        ['SupportNeedDeclared', events.n1.eventId],
        ['DivisionPortfolioRanked', events.f1.eventId],
        ['DivisionPortfolioRanked', events.o2.eventId],
      ]);
      expect(pair('F', 'O')?.rankings.map((r) => [r.divisionId, r.revision, r.rankedBy])).toEqual([
        ['F', 1, 'fiona'],
        ['O', 2, 'olga'],
      ]);
    });

    it('then company alignment weighs the pairs by interdependence and lists the worst first', () => {
      const { company } = cycleRows();
      expect(company.horizontal).toBeCloseTo(6.292 / 12, 12);
      expect(company).toMatchObject({ divisionCount: 3, pairCount: 3, companyVersion: 1 });
      expect(company.worstPairs.map((p) => `${p.divisionA}-${p.divisionB}`)).toEqual([
        'F-O',
        'F-S',
        'O-S',
      ]);
    });

    it('then each division’s vertical alignment compares it with the company', () => {
      const vertical = cycleRows().vertical;
      expect(vertical.map((v) => v.divisionId)).toEqual(['F', 'O', 'S']);
      expect(vertical[0].value).toBeCloseTo(1, 12);
      expect(vertical[1].value).toBeCloseTo(0.9, 12);
      expect(vertical[2].value).toBeCloseTo(0.82, 12);
      expect(vertical[1].evidence.map((e) => e.eventId)).toEqual([
        events.o2.eventId,
        events.companyRanked.eventId,
      ]);
    });

    it('then the re-rank drove Finance and Operations apart, and says who moved what, when', () => {
      const rerank = store.readModel().reranks.find((r) => r.rerank.eventId === events.o2.eventId);
      expect(rerank?.rerank).toMatchObject({
        divisionId: 'O',
        portfolioDivisionId: 'O',
        revision: 2,
        rankedBy: 'olga',
        occurredAt: new Date('2026-03-03T09:00:00.000Z'),
        moves: [
          { kind: 'project', ref: 'pO', from: 4, to: 3 },
          { kind: 'theme', ref: 't3', from: 5, to: 4 },
          { kind: 'need', ref: 'n1', from: 3, to: 5 },
        ],
      });
      expect(rerank?.rerank.horizontalBefore).toBeCloseTo(8.392 / 12, 12);
      expect(rerank?.rerank.horizontalAfter).toBeCloseTo(6.292 / 12, 12);
      expect(rerank?.drift).toHaveLength(1);
      expect(rerank?.drift[0]).toMatchObject({
        divisionA: 'F',
        divisionB: 'O',
        causes: [
          { kind: 'project', ref: 'pO', from: 4, to: 3 },
          { kind: 'need', ref: 'n1', from: 3, to: 5 },
        ],
      });
      expect(rerank?.drift[0].fromValue).toBeCloseTo(0.735, 12);
      expect(rerank?.drift[0].toValue).toBeCloseTo(0.4725, 12);
      expect(rerank?.drift[0].delta).toBeCloseTo(-0.2625, 12);
    });

    it('then first rankings show no drift, only how company alignment grew', () => {
      const reranks = store.readModel().reranks.filter((r) => r.rerank.revision === 1);
      expect(reranks.map((r) => r.drift)).toEqual([[], [], []]);
      const s1 = reranks.find((r) => r.rerank.divisionId === 'S')?.rerank;
      expect(s1?.horizontalBefore).toBeCloseTo(0.735, 12);
      expect(s1?.horizontalAfter).toBeCloseTo(8.392 / 12, 12);
    });
  });

  describe('when the events arrive in another order across streams, or twice', () => {
    it('then the read model is the same', async () => {
      const events = Object.values(threeDivisions());
      const inOrder = await project(events);
      const reversed = await project(
        [...events]
          .reverse()
          .sort((a, b) => (a.streamId === b.streamId ? a.streamVersion - b.streamVersion : 0)),
      );
      const twice = await project([...events, ...events]);
      expect(reversed.readModel()).toEqual(inOrder.readModel());
      expect(twice.readModel()).toEqual(inOrder.readModel());
    });
  });

  describe('when a need is declared after a re-rank', () => {
    it('then it changes the alignment as it stands, not the drift of the earlier re-rank', async () => {
      const factory = new AlignmentEventFactory(tenant);
      const events = threeDivisions(factory);
      const late = factory.needDeclared(
        {
          needId: 'n4',
          projectId: 'pO',
          homeDivId: 'O',
          supportingDivId: 'S',
          criticality: 'blocking',
          capacity: 1,
        },
        '2026-03-10T09:00:00.000Z',
      );
      const without = await project(Object.values(events));
      const withLate = await project([late, ...Object.values(events)]);
      const driftOf = (store: InMemoryAlignmentStore) =>
        store.readModel().reranks.find((r) => r.rerank.eventId === events.o2.eventId);
      expect(driftOf(withLate)).toEqual(driftOf(without));
      const os = withLate
        .readModel()
        .cycles[0].pairs.find((p) => p.divisionA === 'O' && p.divisionB === 'S');
      expect(os?.interdependence).toBe(3);
    });
  });

  describe('when a need is delivered', () => {
    it('then it no longer weighs on the pair', async () => {
      const factory = new AlignmentEventFactory(tenant);
      const events = threeDivisions(factory);
      const delivered = factory.needClosed('SupportDelivered', n1, '2026-03-20T09:00:00.000Z');
      const store = await project([...Object.values(events), delivered]);
      const fo = store
        .readModel()
        .cycles[0].pairs.find((p) => p.divisionA === 'F' && p.divisionB === 'O');
      expect(fo).toMatchObject({ weightAToB: 0, supportAToB: null, interdependence: 2 });
    });
  });

  describe('when the cycle has closed', () => {
    it('then its alignment stays as it was at the close', async () => {
      const factory = new AlignmentEventFactory(tenant);
      const events = threeDivisions(factory);
      const closed = factory.cycleClosed(cycle, '2026-06-30T18:00:00.000Z');
      const withdrawn = factory.needClosed('SupportNeedWithdrawn', n1, '2026-07-02T09:00:00.000Z');
      const atClose = await project([...Object.values(events), closed]);
      const later = await project([...Object.values(events), closed, withdrawn]);
      expect(later.readModel()).toEqual(atClose.readModel());
      expect(atClose.readModel().cycles[0].company.asOf).toEqual(
        new Date('2026-06-30T18:00:00.000Z'),
      );
    });
  });

  describe('given two tenants with the same division ids', () => {
    it('then neither tenant’s events reach the other’s rows', async () => {
      const a = Object.values(threeDivisions(new AlignmentEventFactory('tenant-a', '0000000a')));
      const b = new AlignmentEventFactory('tenant-b', '0000000b');
      const store = await project([
        ...a,
        b.ranked('F', cycle, 1, 't:t3', '2026-01-20T09:00:00.000Z'),
      ]);
      const cycles = store.readModel().cycles;
      expect(cycles.map((c) => [c.tenantId, c.company.divisionCount])).toEqual([
        ['tenant-a', 3],
        ['tenant-b', 1],
      ]);
    });
  });
});
