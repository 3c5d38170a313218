import type { EventEnvelope, FeedEventData } from '@lib/contracts';
import type { Criticality, PortfolioItem } from '@lib/domain';

// The inputs of division priority alignment (domain README §5.4), stored normalised: one row per ranking
// revision, company ranking, support need, merge and closed cycle. Every write is an idempotent
// upsert keyed by its aggregate, so the stored inputs are a function of the SET of events seen,
// whatever order the org and strategy streams interleave in and however often one is redelivered.
// Times are kept as ISO strings normalised to milliseconds, as PostgreSQL gives them back.

/** Where a stored input came from: the evidence an explanation points at (§7 item 2). */
export type AlignmentEvidence = Readonly<{
  eventId: string;
  type: string;
  recordedAt: string | null;
}>;

/** One revision of a division's portfolio: the full ordered list (DivisionPortfolioRanked). */
export type RankingInput = Readonly<{
  tenantId: string;
  cycleId: string;
  divisionId: string;
  revision: number;
  items: readonly PortfolioItem[];
  rankedBy: string;
  occurredAt: string;
  recordedAt: string | null;
  eventId: string;
}>;

/** One ranking of the company's themes (CompanyPrioritiesRanked); `version` is its stream version. */
export type CompanyPrioritiesInput = Readonly<{
  tenantId: string;
  cycleId: string;
  version: number;
  themeIds: readonly string[];
  rankedBy: string;
  occurredAt: string;
  recordedAt: string | null;
  eventId: string;
}>;

export const NEED_CLOSING_EVENTS = [
  'SupportNeedWithdrawn',
  'SupportDeclined',
  'SupportDelivered',
] as const;
export type NeedClosingEvent = (typeof NEED_CLOSING_EVENTS)[number];

/** The closing that counts: the earliest, so that a second one changes nothing. */
export type Closing<T extends string> = Readonly<{
  at: string;
  type: T;
  eventId: string;
  recordedAt: string | null;
}>;

/**
 * A support need. `declared` is absent only if its closing was stored first, which one stream's
 * order rules out, but the store does not rely on it.
 */
export type NeedInput = Readonly<{
  tenantId: string;
  needId: string;
  declared?: Readonly<{
    projectId: string;
    homeDivisionId: string;
    supportingDivisionId: string;
    criticality: Criticality;
    capacity: number;
    at: string;
    eventId: string;
    recordedAt: string | null;
  }>;
  closed?: Closing<NeedClosingEvent>;
}>;

/** A closed project: its needs stop counting from then (ProjectClosed). */
export type ProjectClosingInput = Readonly<{ tenantId: string; projectId: string }> &
  Closing<'ProjectClosed'>;

/** One source of a DivisionsMerged: its portfolio counts as the target's from `effectiveAt`. */
export type MergeInput = Readonly<{
  tenantId: string;
  sourceId: string;
  targetId: string;
  effectiveAt: string;
  eventId: string;
}>;

/** A closed cycle: its alignment stays as it was when the cycle closed (CycleClosed). */
export type CycleClosingInput = Readonly<{ tenantId: string; cycleId: string }> &
  Closing<'CycleClosed'>;

/** What one event adds to the stored inputs. */
export type AlignmentInputChange =
  | Readonly<{ kind: 'ranking'; ranking: RankingInput }>
  | Readonly<{ kind: 'companyPriorities'; priorities: CompanyPrioritiesInput }>
  | Readonly<{
      kind: 'needDeclared';
      need: NeedInput & { declared: NonNullable<NeedInput['declared']> };
    }>
  | Readonly<{
      kind: 'needClosed';
      tenantId: string;
      needId: string;
      closed: Closing<NeedClosingEvent>;
    }>
  | Readonly<{ kind: 'projectClosed'; closing: ProjectClosingInput }>
  | Readonly<{ kind: 'merge'; merges: readonly MergeInput[] }>
  | Readonly<{ kind: 'cycleClosed'; closing: CycleClosingInput }>;

/** The stored inputs of one tenant, as far as a derivation needs them. */
export type AlignmentInputs = Readonly<{
  tenantId: string;
  /** Every revision of every portfolio of the cycles being derived. */
  rankings: readonly RankingInput[];
  companyPriorities: readonly CompanyPrioritiesInput[];
  needs: readonly NeedInput[];
  projectClosings: readonly ProjectClosingInput[];
  merges: readonly MergeInput[];
  cycleClosings: readonly CycleClosingInput[];
}>;

/** ISO date-time to the millisecond, the form PostgreSQL's timestamptz round-trips to. */
export function isoMillis(dateTime: string): string {
  return new Date(dateTime).toISOString();
}

/** The input change an event makes, or undefined for events alignment does not read. */
export function alignmentInputChange(event: EventEnvelope): AlignmentInputChange | undefined {
  const fold = folds[event.type];
  return fold ? fold(event as EventEnvelope<string, never>) : undefined;
}

type Fold = (event: EventEnvelope<string, never>) => AlignmentInputChange;

const closing = <T extends string>(event: EventEnvelope, type: T): Closing<T> => ({
  at: isoMillis(event.metadata.occurredAt),
  type,
  eventId: event.eventId,
  recordedAt: recordedAt(event),
});

const closeNeed =
  (type: NeedClosingEvent): Fold =>
  (event: EventEnvelope<string, { needId: string }>) => ({
    kind: 'needClosed',
    tenantId: event.metadata.tenantId,
    needId: event.data.needId,
    closed: closing(event, type),
  });

const folds: Readonly<Record<string, Fold>> = {
  DivisionPortfolioRanked: (
    event: EventEnvelope<string, FeedEventData<'DivisionPortfolioRanked'>>,
  ) => ({
    kind: 'ranking',
    ranking: {
      tenantId: event.metadata.tenantId,
      cycleId: event.data.cycleId,
      divisionId: event.data.divisionId,
      revision: event.data.revision,
      items: event.data.items.map(({ kind, ref }) => ({ kind, ref })),
      rankedBy: event.data.rankedBy,
      occurredAt: isoMillis(event.metadata.occurredAt),
      recordedAt: recordedAt(event),
      eventId: event.eventId,
    },
  }),
  CompanyPrioritiesRanked: (
    event: EventEnvelope<string, FeedEventData<'CompanyPrioritiesRanked'>>,
  ) => ({
    kind: 'companyPriorities',
    priorities: {
      tenantId: event.metadata.tenantId,
      cycleId: event.data.cycleId,
      version: event.streamVersion,
      themeIds: [...event.data.themeIds],
      rankedBy: event.metadata.actorId,
      occurredAt: isoMillis(event.metadata.occurredAt),
      recordedAt: recordedAt(event),
      eventId: event.eventId,
    },
  }),
  SupportNeedDeclared: (event: EventEnvelope<string, FeedEventData<'SupportNeedDeclared'>>) => ({
    kind: 'needDeclared',
    need: {
      tenantId: event.metadata.tenantId,
      needId: event.data.needId,
      declared: {
        projectId: event.data.projectId,
        // The project's home division, copied onto the need when it was declared; a project never
        // changes its home division, so StrategicProjectRegistered adds nothing alignment needs.
        homeDivisionId: event.data.homeDivId,
        supportingDivisionId: event.data.supportingDivId,
        criticality: event.data.criticality,
        capacity: event.data.capacity,
        at: isoMillis(event.metadata.occurredAt),
        eventId: event.eventId,
        recordedAt: recordedAt(event),
      },
    },
  }),
  SupportNeedWithdrawn: closeNeed('SupportNeedWithdrawn'),
  SupportDeclined: closeNeed('SupportDeclined'),
  SupportDelivered: closeNeed('SupportDelivered'),
  ProjectClosed: (event: EventEnvelope<string, FeedEventData<'ProjectClosed'>>) => ({
    kind: 'projectClosed',
    closing: {
      tenantId: event.metadata.tenantId,
      projectId: event.data.projectId,
      ...closing(event, 'ProjectClosed'),
    },
  }),
  DivisionsMerged: (event: EventEnvelope<string, FeedEventData<'DivisionsMerged'>>) => ({
    kind: 'merge',
    merges: event.data.sourceIds.map((sourceId) => ({
      tenantId: event.metadata.tenantId,
      sourceId,
      targetId: event.data.targetId,
      effectiveAt: isoMillis(event.data.effectiveAt),
      eventId: event.eventId,
    })),
  }),
  CycleClosed: (event: EventEnvelope<string, FeedEventData<'CycleClosed'>>) => ({
    kind: 'cycleClosed',
    closing: {
      tenantId: event.metadata.tenantId,
      cycleId: event.data.cycleId,
      ...closing(event, 'CycleClosed'),
    },
  }),
};

/** The event types alignment reads; the projection validates exactly these. */
export const ALIGNMENT_EVENT_TYPES: readonly string[] = Object.keys(folds);

function recordedAt(event: EventEnvelope): string | null {
  return event.metadata.recordedAt === undefined ? null : isoMillis(event.metadata.recordedAt);
}

/** The earlier of two closings (then the smaller event id): the one a store keeps. */
export function earlierClosing<T extends string>(
  kept: Closing<T> | undefined,
  candidate: Closing<T>,
): Closing<T> {
  if (!kept) return candidate;
  const [a, b] = [Date.parse(kept.at), Date.parse(candidate.at)];
  if (a !== b) return a < b ? kept : candidate;
  return kept.eventId <= candidate.eventId ? kept : candidate;
}
