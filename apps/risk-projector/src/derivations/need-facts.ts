import {
  dyadicCapital,
  type DirectedTie,
  type ScoringRules,
  tieNetworkAt,
  decayTo,
} from '@lib/domain';
import {
  directedTieOf,
  type EventEvidence,
  inEvidenceOrder,
  loadHelpUnits,
  loadOverloadIndexes,
  loadTieLedger,
  type NeedDeclaration,
  type NeedRiskFacts,
  type PromiseEntry,
} from '@lib/read-models';
import type { DivisionMap } from '../inputs/divisions';
import type { DeriveContext } from './derive-context';

// Per need, what R3–R5 read beyond the need's own history: the owner's capital with E (R3), the
// project's requests to E past their SLA (R4), and the key peer's overload (R5).

/** How many ledger lines R3 cites: the top contributors to W. */
const CAPITAL_EVIDENCE = 3;

export interface TenantView {
  divisions: DivisionMap;
  /** Each leader's division as of T, as now named. */
  membership: ReadonlyMap<string, string>;
  heads: ReadonlyMap<string, string>;
  overloads: Awaited<ReturnType<typeof loadOverloadIndexes>>;
  at: Date;
}

export async function needFacts(
  context: DeriveContext,
  view: TenantView,
  project: Readonly<{ projectId: string; ownerId: string }>,
  need: Readonly<{ declaration: NeedDeclaration; history: readonly PromiseEntry[] }>,
): Promise<NeedRiskFacts> {
  const divisionId = need.declaration.supportingDivId;
  const members = [...view.membership]
    .filter(([, division]) => division === divisionId)
    .map(([leaderId]) => leaderId)
    .sort();
  return {
    ...need,
    capital: await capitalWith(
      context,
      view,
      project.ownerId,
      divisionId,
      members,
      need.declaration,
    ),
    slaBreaches: await breachesTo(context, view, project.projectId, divisionId),
    keyPeer: await keyPeer(context, view, project.projectId, need.declaration),
  };
}

async function capitalWith(
  context: DeriveContext,
  view: TenantView,
  ownerId: string,
  divisionId: string,
  memberIds: readonly string[],
  declaration: NeedDeclaration,
): Promise<NeedRiskFacts['capital']> {
  const { db, s, tenantId, rules } = context;
  const ledger = await loadTieLedger(db, s, tenantId, ownerId);
  const network = tieNetworkAt(
    ledger.map((row) => ({ from: row.fromId, to: row.toId, tie: directedTieOf(row) })),
    view.at.getTime(),
    rules,
  );
  const head = view.heads.get(divisionId);
  const capital = dyadicCapital(
    {
      ownerId,
      divisionId,
      memberIds,
      contactIds: [declaration.keyContactId, head].filter((id): id is string => Boolean(id)),
      network,
    },
    rules,
  );
  const members = new Set(memberIds);
  const lines = (await loadHelpUnits(db, s, tenantId, { leaderIds: [ownerId] }))
    .filter((line) => members.has(line.giverId === ownerId ? line.receiverId : line.giverId))
    .filter((line) => line.giverId !== line.receiverId && Date.parse(line.at) <= view.at.getTime())
    .map((line) => ({ line, weight: decayed(line.units, line.at, view.at, rules) }))
    .sort((x, y) => y.weight - x.weight || (x.line.unitKey < y.line.unitKey ? -1 : 1))
    .slice(0, CAPITAL_EVIDENCE);
  return { value: capital.value, evidence: lines.map(({ line }) => line.evidence) };
}

function decayed(units: number, at: string, now: Date, rules: ScoringRules): number {
  const tie: DirectedTie = {
    weight: units,
    firstAt: Date.parse(at),
    lastAt: Date.parse(at),
    count: 1,
  };
  return decayTo(tie, now.getTime(), rules);
}

/** Requests from the project team to E's leaders in SLA breach and not yet resolved. */
async function breachesTo(
  { db, s, tenantId }: DeriveContext,
  view: TenantView,
  projectId: string,
  divisionId: string,
): Promise<NeedRiskFacts['slaBreaches']> {
  const { rows } = await db.query<{
    request_id: string;
    event_id: string;
    event_type: string;
    recorded_at: Date;
  }>(
    `SELECT r.request_id, b.event_id, b.event_type, b.recorded_at
       FROM ${s}.in_peer_requests r
       JOIN ${s}.in_sla_breaches b ON b.tenant_id = r.tenant_id AND b.request_id = r.request_id
      WHERE r.tenant_id = $1 AND r.project_id = $2 AND r.recipient_div_id = ANY($3)
        AND r.status NOT IN ('fulfilled', 'acknowledged', 'withdrawn', 'declined')
        AND b.sla_at <= $4
      ORDER BY b.recorded_at, b.event_id`,
    [tenantId, projectId, view.divisions.idsOf(divisionId), view.at],
  );
  const evidence: EventEvidence[] = rows.map((row) => ({
    eventId: row.event_id,
    type: row.event_type,
    recordedAt: row.recorded_at.toISOString(),
  }));
  return { requests: new Set(rows.map((row) => row.request_id)).size, evidence };
}

/** The need's key contact, else the leader of E the project's requests went to most. */
async function keyPeer(
  { db, s, tenantId }: DeriveContext,
  view: TenantView,
  projectId: string,
  declaration: NeedDeclaration,
): Promise<NeedRiskFacts['keyPeer']> {
  let leaderId = declaration.keyContactId;
  if (!leaderId) {
    const { rows } = await db.query<{ recipient_id: string }>(
      `SELECT recipient_id FROM ${s}.in_peer_requests
        WHERE tenant_id = $1 AND project_id = $2 AND recipient_div_id = ANY($3) AND raised_at <= $4
        GROUP BY recipient_id ORDER BY count(*) DESC, recipient_id LIMIT 1`,
      [tenantId, projectId, view.divisions.idsOf(declaration.supportingDivId), view.at],
    );
    leaderId = rows[0]?.recipient_id ?? null;
  }
  if (!leaderId) return null;
  const load = view.overloads.get(leaderId);
  return {
    leaderId,
    overload: load?.oi ?? null,
    evidence: inEvidenceOrder(load?.evidence ?? []),
  };
}
