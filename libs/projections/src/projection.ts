import type { EventEnvelope, Topic } from '@lib/contracts';
import type { Queryable } from '@lib/read-models';
import type { Pool } from 'pg';

/**
 * A read model fed from the event feed. `apply` writes through the runner's transaction and must
 * be deterministic: the same events give the same rows whatever order streams interleave in.
 */
export interface Projection {
  readonly name: string;
  /** The feed topics it reads (without the deployment's prefix). */
  readonly topics: readonly Topic[];
  /** Its tables, in the order a comparison or a swap walks them. */
  readonly tables: readonly string[];
  /** Creates its tables in a schema: the live one, or a shadow during a rebuild. */
  migrate(db: Queryable, schema: string): Promise<void>;
  /** Applies one event completely: what a replay of a parked message does. */
  apply(db: Queryable, schema: string, event: EventEnvelope): Promise<void>;
  /**
   * Optional: the work of one batch, for a projection that derives rows from what several events
   * changed and is faster doing it once per batch. Called first in the batch's transaction, with the
   * batch's events, so it may lock what they touch before any is applied. Without it, the runner
   * applies event by event.
   */
  openBatch?(
    db: Queryable,
    schema: string,
    events: readonly EventEnvelope[],
  ): Promise<ProjectionBatch>;
  /**
   * Optional: readies a rebuilt schema before it is swapped in, once its runner has stopped, e.g.
   * evaluates what depends on the present as the live schema last did, so that readers find the
   * same kind of rows after the swap as before it.
   */
  prepareSwap?(pool: Pool, shadowSchema: string, liveSchema: string): Promise<void>;
}

/**
 * One batch's work in the runner's transaction: `apply` for each event, then `complete` once, after
 * the last. A batch that fails is applied again message by message with a new one, each `apply` in
 * a savepoint: a failed event's writes are undone, though not what it noted in the batch's memory.
 * The rows must come out as if each event had been applied on its own, so noting more than an
 * event changed is safe, and noting less is not.
 */
export interface ProjectionBatch {
  apply(event: EventEnvelope): Promise<void>;
  complete(): Promise<void>;
}

/** The batch of a projection: its own, or one that applies each event completely. */
export async function openBatch(
  projection: Projection,
  db: Queryable,
  schema: string,
  events: readonly EventEnvelope[],
): Promise<ProjectionBatch> {
  if (projection.openBatch) return projection.openBatch(db, schema, events);
  return {
    apply: (event) => projection.apply(db, schema, event),
    complete: async () => undefined,
  };
}
