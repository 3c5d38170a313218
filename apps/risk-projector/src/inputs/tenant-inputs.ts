import type { HelpUnit } from '@lib/read-models';
import type { RequestRow } from './request-rows';

/** A request as the collaboration matrix counts it. */
export interface CountedRequest {
  row: RequestRow;
  breached: boolean;
}

/** A leader's division as one event recorded it (a row of `in_leader_divisions`). */
export interface Observation {
  leaderId: string;
  eventId: string;
  observedAt: string;
  divisionId: string;
  authoritative: boolean;
}

/** A row of `in_request_redirects`. */
export interface Redirect {
  requestId: string;
  hop: number;
  fromId: string;
  fromDivId: string;
  toId: string;
  toDivId: string;
  at: string;
  eventId: string;
  recordedAt: string;
}

/** A row of `in_sla_breaches`. */
export interface Breach {
  eventId: string;
  eventType: string;
  requestId: string;
  recipientId: string;
  recipientDivId: string;
  slaAt: string;
  recordedAt: string;
}

/** What one event adds; merged into the batch only once its writer has returned. */
class Staged {
  readonly requests = new Map<string, RequestRow>();
  readonly observations: Observation[] = [];
  readonly redirects: Redirect[] = [];
  readonly breaches: Breach[] = [];
  readonly lines: HelpUnit[] = [];
  /** Requests whose fulfilment lines (and its redirects' connector credits) are due again. */
  readonly fulfilments = new Set<string>();
  /** Requests fulfilled: the declines that suggested their fulfiller are credited again. */
  readonly fulfilled = new Set<string>();
  /** Declined requests whose suggestion credit is due again. */
  readonly declines = new Set<string>();
}

/**
 * A batch's inputs of one tenant, gathered in memory and written once at the batch's end, each
 * table in one statement. The request rows the batch's events name are read once when it opens;
 * every event then reads and changes them here, so a later event of the batch sees what an earlier
 * one did without a round trip. An event's changes are staged and merged only when its writer
 * succeeds: a failing event (parked by the runner) leaves nothing behind in the batch's memory.
 */
export class TenantInputs {
  private readonly requests: Map<string, RequestRow>;
  /** The rows as earlier batches left them, and which of those requests had passed an SLA. */
  private readonly stored: ReadonlyMap<string, RequestRow>;
  private readonly changed = new Set<string>();
  readonly observations: Observation[] = [];
  readonly redirects: Redirect[] = [];
  readonly breaches: Breach[] = [];
  /** Lines by unit key: an act written twice in a batch keeps its last line, as an upsert would. */
  readonly lines = new Map<string, HelpUnit>();
  readonly fulfilments = new Set<string>();
  readonly fulfilled = new Set<string>();
  readonly declines = new Set<string>();
  private staged = new Staged();

  constructor(
    stored: readonly RequestRow[],
    private readonly breachedBefore: ReadonlySet<string>,
  ) {
    this.stored = new Map(stored.map((row) => [row.request_id, row]));
    this.requests = new Map(this.stored);
  }

  request(requestId: string): RequestRow | undefined {
    return this.staged.requests.get(requestId) ?? this.requests.get(requestId);
  }

  /** Adds a request unless it is known already (a raise delivered again changes nothing). */
  raise(row: RequestRow): boolean {
    if (this.request(row.request_id)) return false;
    this.staged.requests.set(row.request_id, row);
    return true;
  }

  /** Changes a known request and returns it as changed; an unknown one is left alone. */
  update(requestId: string, change: (row: RequestRow) => void): RequestRow | undefined {
    const row = this.request(requestId);
    if (!row) return undefined;
    const next = { ...row };
    change(next);
    this.staged.requests.set(requestId, next);
    return next;
  }

  observe(observation: Observation): void {
    this.staged.observations.push(observation);
  }

  redirect(redirect: Redirect): void {
    this.staged.redirects.push(redirect);
  }

  breach(breach: Breach): void {
    this.staged.breaches.push(breach);
  }

  addLines(lines: readonly HelpUnit[]): void {
    this.staged.lines.push(...lines);
  }

  refreshFulfilment(requestId: string): void {
    this.staged.fulfilments.add(requestId);
  }

  refreshSuggestionsFulfilledBy(requestId: string): void {
    this.staged.fulfilled.add(requestId);
  }

  refreshDecline(requestId: string): void {
    this.staged.declines.add(requestId);
  }

  /** Keeps what the event just written staged. */
  commit(): void {
    const staged = this.staged;
    this.staged = new Staged();
    for (const [id, row] of staged.requests) {
      this.requests.set(id, row);
      this.changed.add(id);
    }
    this.observations.push(...staged.observations);
    this.redirects.push(...staged.redirects);
    this.breaches.push(...staged.breaches);
    for (const line of staged.lines) this.lines.set(line.unitKey, line);
    for (const id of staged.fulfilments) this.fulfilments.add(id);
    for (const id of staged.fulfilled) this.fulfilled.add(id);
    for (const id of staged.declines) this.declines.add(id);
  }

  /** Forgets what the event that failed had staged. */
  rollback(): void {
    this.staged = new Staged();
  }

  changedRequests(): RequestRow[] {
    return [...this.changed].sort().map((id) => this.requests.get(id) as RequestRow);
  }

  /**
   * Each request the batch changed or found past an SLA, as earlier batches left it and as this
   * one leaves it (undefined where it did not exist), each with whether it had passed an SLA.
   */
  requestChanges(): { before?: CountedRequest; after: CountedRequest }[] {
    const breached = new Set(this.breaches.map((breach) => breach.requestId));
    const ids = new Set([...this.changed, ...breached]);
    return [...ids].sort().flatMap((id) => {
      const row = this.requests.get(id);
      if (!row) return [];
      const stored = this.stored.get(id);
      const before = this.breachedBefore.has(id);
      return [
        {
          before: stored && { row: stored, breached: before },
          after: { row, breached: before || breached.has(id) },
        },
      ];
    });
  }
}
