import type { Queryable } from '@lib/read-models';

/** A row of `in_peer_requests`, as PostgreSQL returns it and as a batch keeps it in memory. */
export interface RequestRow {
  tenant_id: string;
  request_id: string;
  requester_id: string;
  requester_div_id: string;
  recipient_id: string;
  recipient_div_id: string;
  effort: 'S' | 'M' | 'L';
  project_id: string | null;
  raised_at: Date;
  respond_by: Date;
  due_at: Date;
  status: string;
  recipient_since: Date;
  first_response_at: Date | null;
  responded_at: Date | null;
  accepted: boolean;
  fulfilled_at: Date | null;
  fulfilled_by: string | null;
  fulfilled_div_id: string | null;
  fulfilled_event_id: string | null;
  fulfilled_recorded_at: Date | null;
  helpfulness: number | null;
  acknowledged_event_id: string | null;
  acknowledged_recorded_at: Date | null;
  declined_by: string | null;
  declined_div_id: string | null;
  declined_at: Date | null;
  suggested_peer_id: string | null;
  raised_event_id: string;
  raised_recorded_at: Date;
}

const KEY = ['tenant_id', 'request_id'];
/** Every column but the key, in the table's order. */
const COLUMNS: readonly (keyof RequestRow)[] = [
  'requester_id',
  'requester_div_id',
  'recipient_id',
  'recipient_div_id',
  'effort',
  'project_id',
  'raised_at',
  'respond_by',
  'due_at',
  'status',
  'recipient_since',
  'first_response_at',
  'responded_at',
  'accepted',
  'fulfilled_at',
  'fulfilled_by',
  'fulfilled_div_id',
  'fulfilled_event_id',
  'fulfilled_recorded_at',
  'helpfulness',
  'acknowledged_event_id',
  'acknowledged_recorded_at',
  'declined_by',
  'declined_div_id',
  'declined_at',
  'suggested_peer_id',
  'raised_event_id',
  'raised_recorded_at',
];

/** The rows of these requests that earlier batches stored. */
export async function loadRequestRows(
  db: Queryable,
  s: string,
  tenantId: string,
  requestIds: readonly string[],
): Promise<RequestRow[]> {
  if (requestIds.length === 0) return [];
  const { rows } = await db.query<RequestRow>(
    `SELECT * FROM ${s}.in_peer_requests WHERE tenant_id = $1 AND request_id = ANY($2)`,
    [tenantId, requestIds],
  );
  return rows;
}

/** Which of these requests have passed an SLA already. */
export async function loadBreachedRequests(
  db: Queryable,
  s: string,
  tenantId: string,
  requestIds: readonly string[],
): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const { rows } = await db.query<{ request_id: string }>(
    `SELECT DISTINCT request_id FROM ${s}.in_sla_breaches WHERE tenant_id = $1 AND request_id = ANY($2)`,
    [tenantId, requestIds],
  );
  return new Set(rows.map((row) => row.request_id));
}

/**
 * Writes the rows a batch changed in one statement, each once, however many of the batch's events
 * changed it: one new row version per request and batch instead of one per event.
 */
export async function saveRequestRows(
  db: Queryable,
  s: string,
  rows: readonly RequestRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${s}.in_peer_requests
     SELECT * FROM jsonb_populate_recordset(NULL::${s}.in_peer_requests, $1::jsonb)
     ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET
       ${COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`,
    [JSON.stringify(rows)],
  );
}
