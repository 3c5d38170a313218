import {
  type ComponentScore,
  dyadicCapital,
  organisationReliability,
  type ReliabilityRecord,
  type ScoringRules,
  socialCapital,
  type SocialCapitalComponent,
  tieNetworkAt,
  neighboursOf,
} from '@lib/domain';
import {
  byCodePoint,
  directedTieOf,
  type EventEvidence,
  type HelpUnit,
  type TieLedgerRow,
} from '../tie-ledger/tie-ledger.projection';

// LeaderSocialCapital (domain README §5.2): SC with each component's value and contribution 100·w·C,
// the leader's capital with each division they have worked with (the dyads risk also reads), and
// the events behind each component in the last 30 days. Overload stays beside SC, never inside.

const DAY_MS = 24 * 60 * 60 * 1000;
/** The explanation cites what happened in this many days… */
export const EVIDENCE_WINDOW_DAYS = 30;
/** …at most this many events per component. */
export const EVIDENCE_PER_COMPONENT = 3;

export type ReliabilityFacts = ReliabilityRecord & Readonly<{ evidence: readonly EventEvidence[] }>;

export type SocialCapitalFacts = Readonly<{
  /** The active leaders: the population C1 ranks against. */
  leaderIds: readonly string[];
  ledger: readonly TieLedgerRow[];
  /** Ledger lines of the evidence window (older lines explain nothing recent). */
  recentLines: readonly HelpUnit[];
  /** Each leader's division as of T, as now named. */
  divisionOf: ReadonlyMap<string, string>;
  heads: ReadonlyMap<string, string>;
  reliability: ReadonlyMap<string, ReliabilityFacts>;
  /** Divisions a leader's projects need support from: their dyads count even before any tie. */
  neededDivisions: ReadonlyMap<string, readonly string[]>;
}>;

export type LeaderSocialCapitalRow = Readonly<{
  tenantId: string;
  leaderId: string;
  divisionId: string | null;
  score: number;
  components: Readonly<Record<SocialCapitalComponent, ComponentScore>>;
  give: number;
  recv: number;
  /** Per component, the events of the last 30 days that weigh most in it. */
  evidence: Readonly<Record<SocialCapitalComponent, readonly EventEvidence[]>>;
  evaluatedAt: string;
  ruleVersion: number;
}>;

export type DyadRow = Readonly<{
  tenantId: string;
  leaderId: string;
  divisionId: string;
  give: number;
  recv: number;
  strength: number;
  balance: number | null;
  hasContact: boolean;
  value: number;
  netCredit: number;
  overdrawn: boolean;
  evaluatedAt: string;
  ruleVersion: number;
}>;

export function leaderSocialCapital(
  tenantId: string,
  facts: SocialCapitalFacts,
  now: string,
  rules: ScoringRules,
): { capital: LeaderSocialCapitalRow[]; dyads: DyadRow[] } {
  const t = Date.parse(now);
  const network = tieNetworkAt(
    facts.ledger.map((row) => ({ from: row.fromId, to: row.toId, tie: directedTieOf(row) })),
    t,
    rules,
  );
  const records = facts.leaderIds.map((id) => facts.reliability.get(id) ?? { due: 0, kept: 0 });
  const m = organisationReliability(records);
  const divisions = new Set(facts.leaderIds.map((id) => facts.divisionOf.get(id)).filter(Boolean));
  const leaders = [...facts.leaderIds].sort(byCodePoint);
  const capital = leaders.map((leaderId) => {
    const score = socialCapital(
      {
        leaderId,
        network,
        divisionOf: facts.divisionOf,
        activeLeaderIds: leaders,
        divisionCount: divisions.size,
        reliability: facts.reliability.get(leaderId) ?? { due: 0, kept: 0 },
        organisationReliability: m,
      },
      rules,
    );
    return {
      tenantId,
      leaderId,
      divisionId: facts.divisionOf.get(leaderId) ?? null,
      score: score.score,
      components: score.components,
      give: sumOver(network.outgoing.get(leaderId)),
      recv: sumOver(network.incoming.get(leaderId)),
      evidence: componentEvidence(leaderId, facts, t),
      evaluatedAt: new Date(t).toISOString(),
      ruleVersion: rules.version,
    };
  });
  const dyads = leaders.flatMap((leaderId) =>
    dyadsOf(tenantId, leaderId, facts, network, t, rules),
  );
  return { capital, dyads };
}

/** The leader's capital with every other division they have a tie into or need support from. */
function dyadsOf(
  tenantId: string,
  leaderId: string,
  facts: SocialCapitalFacts,
  network: ReturnType<typeof tieNetworkAt>,
  t: number,
  rules: ScoringRules,
): DyadRow[] {
  const home = facts.divisionOf.get(leaderId);
  const reached = new Set(
    [
      ...neighboursOf(network, leaderId).map((peer) => facts.divisionOf.get(peer)),
      ...(facts.neededDivisions.get(leaderId) ?? []),
    ].filter((division): division is string => division !== undefined && division !== home),
  );
  return [...reached].sort(byCodePoint).map((divisionId) => {
    const members = [...facts.divisionOf].filter(([, d]) => d === divisionId).map(([id]) => id);
    const head = facts.heads.get(divisionId);
    const dyad = dyadicCapital(
      {
        ownerId: leaderId,
        divisionId,
        memberIds: members.sort(byCodePoint),
        contactIds: head ? [head] : [],
        network,
      },
      rules,
    );
    const { ownerId: _owner, ruleVersion, ...values } = dyad;
    return { tenantId, leaderId, ...values, evaluatedAt: new Date(t).toISOString(), ruleVersion };
  });
}

function componentEvidence(
  leaderId: string,
  facts: SocialCapitalFacts,
  t: number,
): Record<SocialCapitalComponent, EventEvidence[]> {
  const since = t - EVIDENCE_WINDOW_DAYS * DAY_MS;
  const lines = facts.recentLines.filter(
    (line) =>
      Date.parse(line.at) > since &&
      Date.parse(line.at) <= t &&
      (line.giverId === leaderId || line.receiverId === leaderId),
  );
  const peerOf = (line: HelpUnit) => (line.giverId === leaderId ? line.receiverId : line.giverId);
  const given = lines.filter((line) => line.giverId === leaderId);
  const gaveTo = new Set(given.map((line) => line.receiverId));
  const gotFrom = new Set(lines.filter((l) => l.receiverId === leaderId).map((l) => l.giverId));
  const home = facts.divisionOf.get(leaderId);
  return {
    giving: heaviest(given),
    giverBalance: heaviest(lines),
    mutuality: heaviest(
      lines.filter((line) => gaveTo.has(peerOf(line)) && gotFrom.has(peerOf(line))),
    ),
    crossDivisionBreadth: heaviest(
      lines.filter((line) => {
        const division = facts.divisionOf.get(peerOf(line));
        return division !== undefined && division !== home;
      }),
    ),
    brokerage: heaviest(lines),
    reliability: [...(facts.reliability.get(leaderId)?.evidence ?? [])].slice(
      0,
      EVIDENCE_PER_COMPONENT,
    ),
  };
}

function heaviest(lines: readonly HelpUnit[]): EventEvidence[] {
  const seen = new Set<string>();
  return [...lines]
    .sort(
      (x, y) =>
        y.units - x.units ||
        Date.parse(y.at) - Date.parse(x.at) ||
        byCodePoint(x.unitKey, y.unitKey),
    )
    .filter((line) => !seen.has(line.evidence.eventId) && Boolean(seen.add(line.evidence.eventId)))
    .slice(0, EVIDENCE_PER_COMPONENT)
    .map((line) => line.evidence);
}

function sumOver(weights: ReadonlyMap<string, number> | undefined): number {
  return [...(weights ?? new Map<string, number>())]
    .sort(([a], [b]) => byCodePoint(a, b))
    .reduce((sum, [, w]) => sum + w, 0);
}
