import type { FeedEventData } from '@lib/contracts';
import type { Queryable } from '@lib/read-models';
import { OPEN_NEED_STATUSES } from './strategy-index';

/** What the index needs of a strategy event: its type, data and tenant. */
export interface StrategyEvent {
  type: string;
  data: unknown;
  metadata: { tenantId: string };
}

type Writer = (db: Queryable, s: string, tenant: string, data: never) => Promise<unknown>;

/** Only an open need changes: a declined, withdrawn or delivered one is final, as in its decider. */
function needStatus(status: string): Writer {
  return (db, s, t, d: { needId: string }) =>
    db.query(
      `UPDATE ${s}.strategy_needs SET status = $3
        WHERE tenant_id = $1 AND need_id = $2 AND status = ANY($4)`,
      [t, d.needId, status, OPEN_NEED_STATUSES],
    );
}

/**
 * Folds the service's own events into the index, in the transaction that appends them. A first
 * event inserts and never overwrites, and later ones only move an open status forward, so a
 * repeated event cannot rewind a row.
 */
const writers: Record<string, Writer> = {
  StrategicProjectRegistered: (db, s, t, d: FeedEventData<'StrategicProjectRegistered'>) =>
    db.query(
      `INSERT INTO ${s}.strategy_projects
         (tenant_id, project_id, owner_id, home_division_id, target_at, status)
       VALUES ($1, $2, $3, $4, $5, 'active') ON CONFLICT (tenant_id, project_id) DO NOTHING`,
      [t, d.projectId, d.ownerId, d.homeDivId, d.targetAt],
    ),
  ProjectOwnerChanged: (db, s, t, d: FeedEventData<'ProjectOwnerChanged'>) =>
    db.query(
      `UPDATE ${s}.strategy_projects SET owner_id = $3 WHERE tenant_id = $1 AND project_id = $2`,
      [t, d.projectId, d.ownerId],
    ),
  ProjectClosed: (db, s, t, d: FeedEventData<'ProjectClosed'>) =>
    db.query(
      `UPDATE ${s}.strategy_projects SET status = 'closed' WHERE tenant_id = $1 AND project_id = $2`,
      [t, d.projectId],
    ),
  SupportNeedDeclared: (db, s, t, d: FeedEventData<'SupportNeedDeclared'>) =>
    db.query(
      `INSERT INTO ${s}.strategy_needs
         (tenant_id, need_id, project_id, supporting_division_id, status)
       VALUES ($1, $2, $3, $4, 'declared') ON CONFLICT (tenant_id, need_id) DO NOTHING`,
      [t, d.needId, d.projectId, d.supportingDivId],
    ),
  SupportCommitted: needStatus('committed'),
  SupportCounterAccepted: needStatus('committed'),
  SupportCounterProposed: needStatus('counter_proposed'),
  SupportDeclined: needStatus('declined'),
  SupportDelivered: needStatus('delivered'),
  SupportNeedWithdrawn: needStatus('withdrawn'),
};

export async function projectStrategyEvent(
  db: Queryable,
  schema: string,
  event: StrategyEvent,
): Promise<void> {
  const write = writers[event.type];
  if (write) await write(db, schema, event.metadata.tenantId, event.data as never);
}
