import { overloadIndex, type RequestEffort, type ScoringRules } from '@lib/domain';
import { medianOf } from '../division-collaboration-matrix/division-collaboration-matrix.projection';
import { byCodePoint, type EventEvidence } from '../tie-ledger/tie-ledger.projection';

// PeerLoad (domain README §5.3): how much is asked of each leader over the last 28 days, how much they
// hold open against their declared capacity, how fast they answer, and the overload index OI
// with its hysteresis (overloaded from OI ≥ 1 on two consecutive daily evaluations, cleared
// below 0.8). Overload is shown beside social capital, never folded into it (Cross).

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** A request arriving with a leader: raised to them, or redirected to them (both count in L). */
export type LoadArrival = Readonly<{
  leaderId: string;
  requestId: string;
  effort: RequestEffort;
  at: string;
  evidence: EventEvidence;
}>;

/** A request as its current recipient holds it. */
export type HeldRequest = Readonly<{
  requestId: string;
  recipientId: string;
  raisedAt: string;
  /** When the current recipient got it (raised, or redirected to them). */
  recipientSince: string;
  respondBy: string;
  /** The current recipient's first answer. */
  respondedAt: string | null;
  /** Raised or accepted: still waiting on the recipient. */
  open: boolean;
}>;

export type PeerLoadInput = Readonly<{
  /** Every leader whose load the tenant's statistics count: the active ones. */
  leaderIds: readonly string[];
  arrivals: readonly LoadArrival[];
  held: readonly HeldRequest[];
  /** Declared capacities; K defaults to the rules' default when a leader declared none. */
  capacities: ReadonlyMap<string, number>;
  /** The daily evaluations so far, by leader, excluding the one of `now`'s day. */
  earlierDays: ReadonlyMap<string, readonly DailyOverload[]>;
}>;

export type DailyOverload = Readonly<{ day: string; oi: number }>;

export type OverloadTerm = 'zScore' | 'capacity' | 'meanLoad';

export type PeerLoadRow = Readonly<{
  tenantId: string;
  leaderId: string;
  windowDays: number;
  /** L_j: effort-weighted arrivals in the window. */
  load: number;
  /** O_j: requests open with the leader now. */
  open: number;
  /** K_j: declared capacity. */
  capacity: number;
  latencyP50Hours: number | null;
  /** Share of the window's requests whose respondBy passed without an answer. */
  noResponseRate: number | null;
  oi: number;
  terms: Readonly<Record<OverloadTerm, number>>;
  /** The term that set OI: what an explanation names as the trigger. */
  trigger: OverloadTerm;
  overloaded: boolean;
  /** The day of the evaluation that made the leader overloaded. */
  overloadedSince: string | null;
  /** The requests behind L and O, newest first. */
  evidence: readonly EventEvidence[];
  evaluatedAt: string;
  ruleVersion: number;
}>;

/** How many requests an explanation cites at most. */
export const MAX_LOAD_EVIDENCE = 20;

export function peerLoads(
  tenantId: string,
  input: PeerLoadInput,
  now: string,
  rules: ScoringRules,
): PeerLoadRow[] {
  const t = Date.parse(now);
  const windowStart = t - rules.overload.windowDays * DAY_MS;
  const inWindow = (at: string) => Date.parse(at) > windowStart && Date.parse(at) <= t;
  const arrivals = input.arrivals.filter((a) => inWindow(a.at));
  const loads = new Map(input.leaderIds.map((id) => [id, 0]));
  for (const arrival of [...arrivals].sort((x, y) => byCodePoint(x.requestId, y.requestId))) {
    if (loads.has(arrival.leaderId))
      loads.set(
        arrival.leaderId,
        (loads.get(arrival.leaderId) ?? 0) + rules.helpUnits.effort[arrival.effort],
      );
  }
  const tenantLoads = input.leaderIds.map((id) => loads.get(id) ?? 0);
  return [...input.leaderIds].sort(byCodePoint).map((leaderId) => {
    const held = input.held.filter(
      (r) => r.recipientId === leaderId && Date.parse(r.raisedAt) <= t,
    );
    const open = held.filter((r) => r.open).length;
    const capacity = input.capacities.get(leaderId) ?? rules.overload.defaultCapacity;
    const load = loads.get(leaderId) ?? 0;
    const index = overloadIndex(tenantLoads, { load, open, capacity }, rules);
    const today = dayOf(now);
    const series = [
      ...(input.earlierDays.get(leaderId) ?? []).filter((d) => d.day < today),
      { day: today, oi: index.value },
    ];
    const state = overloadState(series, rules);
    const recent = held.filter((r) => inWindow(r.recipientSince));
    return {
      tenantId,
      leaderId,
      windowDays: rules.overload.windowDays,
      load,
      open,
      capacity,
      latencyP50Hours: medianOf(
        recent
          .filter((r) => r.respondedAt !== null)
          .map(
            (r) => (Date.parse(r.respondedAt as string) - Date.parse(r.recipientSince)) / HOUR_MS,
          ),
      ),
      noResponseRate: noResponseRate(recent, t),
      oi: index.value,
      terms: index.terms,
      trigger: triggerOf(index.terms),
      ...state,
      evidence: loadEvidence(input.arrivals, inWindow, held, leaderId),
      evaluatedAt: new Date(t).toISOString(),
      ruleVersion: rules.version,
    };
  });
}

/**
 * The hysteresis of §5.3 over the daily evaluations in day order: overloaded once OI ≥ 1 on two
 * consecutive evaluations, and only cleared when OI falls below 0.8.
 */
export function overloadState(
  series: readonly DailyOverload[],
  rules: ScoringRules,
): Readonly<{ overloaded: boolean; overloadedSince: string | null }> {
  const { overloadedFrom, consecutiveEvaluations, clearedBelow } = rules.overload;
  let overloaded = false;
  let since: string | null = null;
  let streak = 0;
  for (const { day, oi } of [...series].sort((x, y) => byCodePoint(x.day, y.day))) {
    streak = oi >= overloadedFrom ? streak + 1 : 0;
    if (!overloaded && streak >= consecutiveEvaluations) {
      overloaded = true;
      since = day;
    } else if (overloaded && oi < clearedBelow) {
      overloaded = false;
      since = null;
    }
  }
  return { overloaded, overloadedSince: since };
}

/** The UTC calendar day of an instant: one daily evaluation per day counts (the day's last). */
export function dayOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

function triggerOf(terms: Readonly<Record<OverloadTerm, number>>): OverloadTerm {
  const order: OverloadTerm[] = ['capacity', 'zScore', 'meanLoad'];
  return order.reduce((best, term) => (terms[term] > terms[best] ? term : best), order[0]);
}

function noResponseRate(recent: readonly HeldRequest[], t: number): number | null {
  const due = recent.filter((r) => Date.parse(r.respondBy) <= t);
  if (due.length === 0) return null;
  const missed = due.filter(
    (r) => r.respondedAt === null || Date.parse(r.respondedAt) > Date.parse(r.respondBy),
  );
  return missed.length / due.length;
}

/** The requests behind L (arrivals in the window) and O (open ones, however old), newest first. */
function loadEvidence(
  arrivals: readonly LoadArrival[],
  inWindow: (at: string) => boolean,
  held: readonly HeldRequest[],
  leaderId: string,
): EventEvidence[] {
  const openIds = new Set(held.filter((r) => r.open).map((r) => r.requestId));
  const behind = arrivals.filter(
    (a) => a.leaderId === leaderId && (inWindow(a.at) || openIds.has(a.requestId)),
  );
  const seen = new Set<string>();
  return behind
    .sort(
      (x, y) =>
        Date.parse(y.at) - Date.parse(x.at) || byCodePoint(x.evidence.eventId, y.evidence.eventId),
    )
    .filter((a) => !seen.has(a.evidence.eventId) && Boolean(seen.add(a.evidence.eventId)))
    .slice(0, MAX_LOAD_EVIDENCE)
    .map((a) => a.evidence);
}
