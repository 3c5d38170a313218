import { type EventEnvelope, Topics } from '@lib/contracts';
import { assertReadableEvent, type Projection } from '@lib/projections';
import {
  ALIGNMENT_EVENT_TYPES,
  ALIGNMENT_TABLES,
  migrateAlignment,
  projectAlignmentEvent,
  type Queryable,
  SqlAlignmentStore,
} from '@lib/read-models';

/**
 * domain README §5.4 from the strategy topic (rankings, company priorities, needs, closed projects) and
 * the org topic (merges, closed cycles). An event alignment reads but cannot understand is parked
 * at once: retrying cannot make malformed data valid.
 */
export const alignmentProjection: Projection = {
  name: 'alignment',
  topics: [Topics.strategy, Topics.org],
  tables: ALIGNMENT_TABLES,
  migrate: (db: Queryable, schema: string) => migrateAlignment(db, schema),
  apply: async (db: Queryable, schema: string, event: EventEnvelope) => {
    if (!ALIGNMENT_EVENT_TYPES.includes(event.type)) return;
    assertReadableEvent('alignment', event);
    // Instances of the consumer group apply different partitions at the same time, and a derived
    // row reads inputs of every stream: two transactions deriving from two half-views would each
    // overwrite the other's rows. One lock per schema, held to the batch's commit, serialises them
    // (a lock per tenant could deadlock two batches that touch the same tenants in another order).
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `alignment-projection:${schema}`,
    ]);
    await projectAlignmentEvent(new SqlAlignmentStore(db, schema), event);
  },
};
