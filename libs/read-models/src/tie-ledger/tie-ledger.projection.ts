import {
  addToTie,
  type DirectedTie,
  helpTransfers,
  type HelpAct,
  meanGapDays,
  type ScoringRules,
} from '@lib/domain';

// The tie ledger of domain README §5.1: its lines are help units (one per act of help and direction), its
// balances the decayed directed ties W_{a→b}. A balance is folded from its lines in a fixed order,
// so it is the same whatever order the events behind the lines arrived in.

/** An event a read model cites as evidence (domain README §7 item 2). */
export type EventEvidence = Readonly<{ eventId: string; type: string; recordedAt: string }>;

/** One line: what one leader gave another by one act of help, and the event that proves it. */
export type HelpUnit = Readonly<{
  /** The act and direction, e.g. `fulfilled:req-1`: an act re-rated later replaces its line. */
  unitKey: string;
  giverId: string;
  /** Divisions as the events recorded them at the time (a reorg never rewrites a line). */
  giverDivId: string | null;
  receiverId: string;
  receiverDivId: string | null;
  units: number;
  /** When the help happened (the event's occurredAt), ISO 8601. */
  at: string;
  evidence: EventEvidence;
}>;

/** A balance: W_{from→to} as of its last interaction, with what dormancy needs. */
export type TieLedgerRow = Readonly<{
  tenantId: string;
  fromId: string;
  toId: string;
  /** W at `lastAt`; read it at T with `decayTo` (W·2^{−(T−t_last)/τ}). */
  weight: number;
  firstAt: string;
  lastAt: string;
  eventCount: number;
  /** Mean inter-event gap in days; null until a second interaction. */
  meanGapDays: number | null;
  ruleVersion: number;
}>;

/** The lines an act of help writes, one per direction (a presentation gives both ways). */
export function helpUnitsOf(
  act: HelpAct,
  key: string,
  divisions: Readonly<Record<string, string | null>>,
  at: string,
  evidence: EventEvidence,
  rules: ScoringRules,
): HelpUnit[] {
  return helpTransfers(act, rules).map((transfer) => ({
    unitKey: `${key}:${transfer.giverId}>${transfer.receiverId}`,
    giverId: transfer.giverId,
    giverDivId: divisions[transfer.giverId] ?? null,
    receiverId: transfer.receiverId,
    receiverDivId: divisions[transfer.receiverId] ?? null,
    units: transfer.units,
    at,
    evidence,
  }));
}

/** Lines in ledger order: by time, then by key, so equal instants still fold the same way. */
export function inLedgerOrder<T extends Pick<HelpUnit, 'at' | 'unitKey'>>(
  lines: readonly T[],
): T[] {
  return [...lines].sort(
    (x, y) => Date.parse(x.at) - Date.parse(y.at) || byCodePoint(x.unitKey, y.unitKey),
  );
}

export function tieOf(lines: readonly HelpUnit[], rules: ScoringRules): DirectedTie | undefined {
  return inLedgerOrder(lines).reduce<DirectedTie | undefined>(
    (tie, line) => addToTie(tie, line.units, Date.parse(line.at), rules),
    undefined,
  );
}

/** The balance of one directed pair from all its lines; undefined when it has none. */
export function tieLedgerRow(
  tenantId: string,
  fromId: string,
  toId: string,
  lines: readonly HelpUnit[],
  rules: ScoringRules,
): TieLedgerRow | undefined {
  const tie = tieOf(
    lines.filter((line) => line.giverId === fromId && line.receiverId === toId),
    rules,
  );
  if (!tie) return undefined;
  return {
    tenantId,
    fromId,
    toId,
    weight: tie.weight,
    firstAt: new Date(tie.firstAt).toISOString(),
    lastAt: new Date(tie.lastAt).toISOString(),
    eventCount: tie.count,
    meanGapDays: meanGapDays(tie) ?? null,
    ruleVersion: rules.version,
  };
}

export function directedTieOf(
  row: Pick<TieLedgerRow, 'weight' | 'firstAt' | 'lastAt' | 'eventCount'>,
): DirectedTie {
  return {
    weight: row.weight,
    firstAt: Date.parse(row.firstAt),
    lastAt: Date.parse(row.lastAt),
    count: row.eventCount,
  };
}

/** Code-point order, the same in every locale (localeCompare is not). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
