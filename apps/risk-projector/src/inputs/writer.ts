import type { ScoringRules } from '@lib/domain';
import type { Queryable } from '@lib/read-models';
import type { InputEvent } from './input-event';
import type { Touched } from './touched';

/** Where a writer writes, and the instant the tenant's time-dependent rows were last evaluated. */
export interface WriteContext {
  db: Queryable;
  /** The projection's schema (already checked as an identifier). */
  s: string;
  /** The tenant's evaluation instant; null before the first evaluation. */
  asOf: Date | null;
  touched: Touched;
  rules: ScoringRules;
}

/** Stores what one event type says in the input tables and notes what it changed. */
export type InputWriter<TData> = (context: WriteContext, event: InputEvent<TData>) => Promise<void>;

/** A table of writers by event type; an event type a projection does not read has none. */
export type InputWriters = Readonly<Record<string, InputWriter<never>>>;
