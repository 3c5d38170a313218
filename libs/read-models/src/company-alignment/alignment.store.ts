import type {
  AlignmentInputChange,
  AlignmentInputs,
} from '../division-pair-alignment/alignment-inputs';
import type { RerankAlignment } from './alignment-drift.derive';
import type { CycleIndexEntry } from './alignment-reach';
import type { CycleAlignment } from './company-alignment.derive';

/**
 * Where the alignment projection keeps its inputs and rows: PostgreSQL through the runner's
 * transaction in the projector, memory in the specs that check the projection itself.
 */
export abstract class AlignmentStore {
  /** Stores an input idempotently: the same change twice leaves the same rows. */
  abstract record(change: AlignmentInputChange): Promise<void>;

  /** The tenant's cycles that have rankings, with their last ranking and their close. */
  abstract cycleIndex(tenantId: string): Promise<CycleIndexEntry[]>;

  /** The rankings of the given cycles and every other input of the tenant. */
  abstract inputs(tenantId: string, cycleIds: readonly string[]): Promise<AlignmentInputs>;

  /** Replaces a cycle's pairs, vertical alignments and company alignment. */
  abstract saveCycle(cycle: CycleAlignment): Promise<void>;

  /** Replaces a re-rank's row and its drift. */
  abstract saveRerank(rerank: RerankAlignment): Promise<void>;
}
