import type { EventEnvelope } from '@lib/contracts';
import { DEFAULT_SCORING_RULES } from '@lib/domain';
import fc from 'fast-check';
import { deriveRerank } from './alignment-drift.derive';
import { deliveriesArb } from './test/alignment.histories';
import { InMemoryAlignmentStore } from './test/alignment.memory-store';
import { projectAlignmentEvent } from './alignment.projection';
import { deriveCycleAlignment } from './company-alignment.derive';

// Acceptance 2: for random event histories, any interleaving across streams that keeps each
// stream's own order, and the whole history delivered twice, give identical read models; and that
// read model is what deriving every row afresh from the stored inputs gives, so the projection
// never leaves a row behind that an input reached.

async function project(events: readonly EventEnvelope[]): Promise<InMemoryAlignmentStore> {
  const store = new InMemoryAlignmentStore();
  for (const event of events) await projectAlignmentEvent(store, event);
  return store;
}

async function derivedAfresh(store: InMemoryAlignmentStore) {
  const index = await store.cycleIndex('t');
  const all = await store.inputs('t', ['c1', 'c2']);
  const cycleIds = new Set([
    ...index.map((cycle) => cycle.cycleId),
    ...all.companyPriorities.map((p) => p.cycleId),
    ...all.cycleClosings.map((c) => c.cycleId),
  ]);
  const fresh = new InMemoryAlignmentStore();
  for (const cycleId of cycleIds) {
    await fresh.saveCycle(deriveCycleAlignment(all, cycleId, DEFAULT_SCORING_RULES));
  }
  for (const ranking of all.rankings) {
    await fresh.saveRerank(deriveRerank(all, ranking, DEFAULT_SCORING_RULES));
  }
  return fresh.readModel();
}

describe('the alignment read models, for random event histories', () => {
  it('are the same for any interleaving of the streams and for the history delivered twice', async () => {
    await fc.assert(
      fc.asyncProperty(deliveriesArb, async ({ history, first, second }) => {
        const once = (await project(history)).readModel();
        expect((await project(first)).readModel()).toEqual(once);
        expect((await project([...first, ...second])).readModel()).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('are what deriving every row afresh from the stored inputs gives', async () => {
    await fc.assert(
      fc.asyncProperty(deliveriesArb, async ({ first }) => {
        const store = await project(first);
        expect(store.readModel()).toEqual(await derivedAfresh(store));
      }),
      { numRuns: 300 },
    );
  });
});
