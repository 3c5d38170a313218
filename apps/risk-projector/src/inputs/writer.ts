import type { ScoringRules } from '@lib/domain';
import type { Queryable } from '@lib/read-models';
import type { InputEvent } from './input-event';
import type { TenantInputs } from './tenant-inputs';
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
  /** The batch's inputs of the tenant, written once at its end. */
  inputs: TenantInputs;
}

/** Stores what one event type says in the input tables and notes what it changed. */
export type InputWriter<TData> = (
  context: WriteContext,
  event: InputEvent<TData>,
) => Promise<void> | void;

/** A table of writers by event type; an event type a projection does not read has none. */
export type InputWriters = Readonly<Record<string, InputWriter<never>>>;

/** Notes a leader's division as the event recorded it. */
export function observe(
  context: WriteContext,
  event: InputEvent,
  leaderId: string,
  divisionId: string,
  recorded: Readonly<{ at?: string; authoritative?: boolean }> = {},
): void {
  context.inputs.observe({
    leaderId,
    eventId: event.eventId,
    observedAt: recorded.at ?? event.occurredAt,
    divisionId,
    authoritative: recorded.authoritative ?? false,
  });
}
