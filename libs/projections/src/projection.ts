import type { EventEnvelope, Topic } from '@lib/contracts';
import type { Queryable } from '@lib/read-models';

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
  apply(db: Queryable, schema: string, event: EventEnvelope): Promise<void>;
}
