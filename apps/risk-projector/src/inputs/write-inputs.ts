import type { ScoringRules } from '@lib/domain';
import { type Queryable, saveHelpUnits } from '@lib/read-models';
import { loadCountedLines, saveCollaborationPairs } from './collaboration-pairs';
import { observeDivisions } from './divisions';
import { helpActLines } from './help-acts';
import { saveRequestRows } from './request-rows';
import type { Breach, Redirect, TenantInputs } from './tenant-inputs';
import type { Touched } from './touched';

export interface TenantWrite {
  db: Queryable;
  s: string;
  tenantId: string;
  rules: ScoringRules;
  /** The tenant's evaluation instant; null before the first evaluation. */
  asOf: Date | null;
  touched: Touched;
}

/**
 * Writes what a batch gathered of one tenant, each input table in one statement, in the order the
 * help lines need: they are computed from the request rows and redirects as the batch leaves them.
 */
export async function writeTenantInputs(write: TenantWrite, inputs: TenantInputs): Promise<void> {
  const { db, s, tenantId, touched } = write;
  await saveRequestRows(db, s, inputs.changedRequests());
  await saveRedirects(db, s, tenantId, inputs.redirects);
  await saveBreaches(db, s, tenantId, inputs.breaches);
  if (await observeDivisions(db, s, tenantId, inputs.observations, write.asOf))
    touched.allProjects = true;
  const lines = new Map(inputs.lines);
  for (const line of await helpActLines(write, inputs)) lines.set(line.unitKey, line);
  const linesBefore = await loadCountedLines(db, s, tenantId, [...lines.keys()]);
  await saveHelpUnits(db, s, tenantId, [...lines.values()]);
  await saveCollaborationPairs(db, s, tenantId, {
    requests: inputs.requestChanges(),
    lines: [...lines.values()],
    linesBefore,
  });
  for (const line of lines.values()) {
    touched.tie(line.giverId, line.receiverId);
    if (line.giverDivId && line.receiverDivId)
      touched.divisions(line.giverDivId, line.receiverDivId);
  }
}

async function saveRedirects(
  db: Queryable,
  s: string,
  tenantId: string,
  redirects: readonly Redirect[],
): Promise<void> {
  if (redirects.length === 0) return;
  const column = <T>(pick: (r: Redirect) => T): T[] => redirects.map(pick);
  await db.query(
    `INSERT INTO ${s}.in_request_redirects (tenant_id, request_id, hop, from_id, from_div_id, to_id,
       to_div_id, at, event_id, recorded_at)
     SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::timestamptz[], $9::text[], $10::timestamptz[])
     ON CONFLICT DO NOTHING`,
    [
      tenantId,
      column((r) => r.requestId),
      column((r) => r.hop),
      column((r) => r.fromId),
      column((r) => r.fromDivId),
      column((r) => r.toId),
      column((r) => r.toDivId),
      column((r) => r.at),
      column((r) => r.eventId),
      column((r) => r.recordedAt),
    ],
  );
}

async function saveBreaches(
  db: Queryable,
  s: string,
  tenantId: string,
  breaches: readonly Breach[],
): Promise<void> {
  if (breaches.length === 0) return;
  const column = <T>(pick: (b: Breach) => T): T[] => breaches.map(pick);
  await db.query(
    `INSERT INTO ${s}.in_sla_breaches (tenant_id, event_id, event_type, request_id, recipient_id,
       recipient_div_id, sla_at, recorded_at)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::timestamptz[], $8::timestamptz[])
     ON CONFLICT DO NOTHING`,
    [
      tenantId,
      column((b) => b.eventId),
      column((b) => b.eventType),
      column((b) => b.requestId),
      column((b) => b.recipientId),
      column((b) => b.recipientDivId),
      column((b) => b.slaAt),
      column((b) => b.recordedAt),
    ],
  );
}
