import type { EventEnvelope } from '@lib/contracts';
import { PoisonMessage } from '@lib/projections';
import type { Queryable } from '@lib/read-models';
import { alignmentProjection } from './alignment.projection';

const untouchable: Queryable = {
  query: () => Promise.reject(new Error('the projection should not have written')),
};

function event(type: string, data: unknown, schemaVersion = 1): EventEnvelope {
  return {
    eventId: '00000000-0000-4000-8000-000000000001',
    type,
    schemaVersion,
    streamId: 's',
    streamVersion: 1,
    data,
    metadata: {
      tenantId: 't',
      actorId: 'a',
      correlationId: 'c',
      causationId: 'c',
      commandId: 'c',
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

describe('the alignment projection', () => {
  it('reads the strategy and org topics into its own tables', () => {
    expect(alignmentProjection.topics).toEqual(['leadership.strategy.v1', 'leadership.org.v1']);
    expect(alignmentProjection.tables).toContain('alignment_division_pairs');
  });

  describe('given an event alignment does not read', () => {
    it('then it writes nothing', async () => {
      const status = event('ProjectStatusReported', { projectId: 'p', rag: 'red' });
      await expect(
        alignmentProjection.apply(untouchable, 'alignment', status),
      ).resolves.toBeUndefined();
    });
  });

  describe('given a ranking whose data breaks the contract', () => {
    it('then it is parked at once as a poison message', async () => {
      const broken = event('DivisionPortfolioRanked', {
        divisionId: 'F',
        cycleId: 'c1',
        items: 'none',
      });
      await expect(alignmentProjection.apply(untouchable, 'alignment', broken)).rejects.toThrow(
        PoisonMessage,
      );
    });
  });

  describe('given a schema version it has no upcaster for', () => {
    it('then it is parked at once as a poison message', async () => {
      const future = event('CompanyPrioritiesRanked', { cycleId: 'c1', themeIds: [] }, 2);
      await expect(alignmentProjection.apply(untouchable, 'alignment', future)).rejects.toThrow(
        /no upcaster/,
      );
    });
  });
});
