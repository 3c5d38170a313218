import {
  type EventEvidence,
  leaderSocialCapital,
  EVIDENCE_WINDOW_DAYS,
  loadHelpUnits,
  loadTieLedger,
  type ReliabilityFacts,
  saveSocialCapital,
} from '@lib/read-models';
import type { DeriveContext } from '../derivations/derive-context';
import { tenantView } from '../derivations/project-risks';
import type { DivisionMap } from '../inputs/divisions';
import { activeLeaders } from './peer-loads';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Evaluates every active leader's social capital as of `now`, Burt's constraint (C5) included:
 * it reads the whole network, which is why it runs here and not on each event.
 */
export async function evaluateSocialCapital(context: DeriveContext, now: Date): Promise<void> {
  const { db, s, tenantId, rules } = context;
  const view = await tenantView(context, now);
  const since = now.getTime() - EVIDENCE_WINDOW_DAYS * DAY_MS;
  const recentLines = await loadHelpUnits(db, s, tenantId, {
    after: new Date(since).toISOString(),
  });
  const evaluation = leaderSocialCapital(
    tenantId,
    {
      leaderIds: await activeLeaders(context),
      ledger: await loadTieLedger(db, s, tenantId),
      recentLines,
      divisionOf: view.membership,
      heads: view.heads,
      reliability: await reliabilityRecords(context, now),
      neededDivisions: await neededDivisions(context, view.divisions),
    },
    now.toISOString(),
    rules,
  );
  await saveSocialCapital(db, s, tenantId, evaluation);
}

/**
 * C6's counts: requests that fell due with each leader in the window, and those kept (answered by
 * respondBy and, once taken on, fulfilled by dueAt). Evidence: the latest fulfilments and breaches.
 */
async function reliabilityRecords(
  { db, s, tenantId, rules }: DeriveContext,
  now: Date,
): Promise<Map<string, ReliabilityFacts>> {
  const from = new Date(now.getTime() - rules.socialCapital.reliabilityWindowDays * DAY_MS);
  const { rows } = await db.query<{ recipient_id: string; due: number; kept: number }>(
    `SELECT recipient_id, count(*)::int AS due,
            count(*) FILTER (WHERE responded_at <= respond_by
              AND (NOT (accepted OR fulfilled_at IS NOT NULL) OR fulfilled_at <= due_at))::int AS kept
       FROM ${s}.in_peer_requests
      WHERE tenant_id = $1 AND due_at > $2 AND due_at <= $3 AND status <> 'withdrawn'
      GROUP BY recipient_id ORDER BY recipient_id`,
    [tenantId, from, now],
  );
  const { rows: events } = await db.query<{
    leader_id: string;
    event_id: string;
    event_type: string;
    recorded_at: Date;
  }>(
    `SELECT fulfilled_by AS leader_id, fulfilled_event_id AS event_id, 'PeerRequestFulfilled' AS event_type,
            fulfilled_recorded_at AS recorded_at
       FROM ${s}.in_peer_requests
      WHERE tenant_id = $1 AND fulfilled_event_id IS NOT NULL AND fulfilled_at > $2 AND fulfilled_at <= $3
     UNION ALL
     SELECT recipient_id, event_id, event_type, recorded_at FROM ${s}.in_sla_breaches
      WHERE tenant_id = $1 AND sla_at > $2 AND sla_at <= $3
     ORDER BY recorded_at DESC, event_id`,
    [tenantId, new Date(now.getTime() - EVIDENCE_WINDOW_DAYS * DAY_MS), now],
  );
  const evidence = new Map<string, EventEvidence[]>();
  for (const row of events) {
    evidence.set(row.leader_id, [
      ...(evidence.get(row.leader_id) ?? []),
      { eventId: row.event_id, type: row.event_type, recordedAt: row.recorded_at.toISOString() },
    ]);
  }
  const records = new Map<string, ReliabilityFacts>();
  for (const row of rows) {
    records.set(row.recipient_id, {
      due: row.due,
      kept: row.kept,
      evidence: evidence.get(row.recipient_id) ?? [],
    });
  }
  for (const [leaderId, cited] of evidence) {
    if (!records.has(leaderId)) records.set(leaderId, { due: 0, kept: 0, evidence: cited });
  }
  return records;
}

/** Each owner's open projects' needs, by supporting division as now named (risk's R3 dyads). */
async function neededDivisions(
  { db, s, tenantId }: DeriveContext,
  divisions: DivisionMap,
): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ owner_id: string; supporting_div_id: string }>(
    `SELECT DISTINCT p.owner_id, n.supporting_div_id
       FROM ${s}.in_projects p
       JOIN ${s}.in_support_needs n ON n.tenant_id = p.tenant_id AND n.project_id = p.project_id
      WHERE p.tenant_id = $1 AND NOT p.closed
        AND NOT EXISTS (SELECT 1 FROM ${s}.in_support_need_events e
                         WHERE e.tenant_id = n.tenant_id AND e.need_id = n.need_id
                           AND e.event_type IN ('SupportDelivered', 'SupportNeedWithdrawn'))
      ORDER BY 1, 2`,
    [tenantId],
  );
  const needed = new Map<string, string[]>();
  for (const row of rows) {
    const division = divisions.current(row.supporting_div_id);
    needed.set(row.owner_id, [...(needed.get(row.owner_id) ?? []), division]);
  }
  return needed;
}
