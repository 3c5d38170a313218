import type { FeedEventData } from '@lib/contracts';
import type { Queryable } from '@lib/read-models';

/** What the project copy needs of a strategy event: its type, data and tenant. */
export interface StrategyEvent {
  type: string;
  data: unknown;
  metadata: { tenantId: string };
}

type Writer = (db: Queryable, s: string, tenant: string, data: never) => Promise<unknown>;

/**
 * Folds the project events into peer_projects and the support needs' lifecycle into
 * peer_support_needs (who supports which project); the strategy topic's other events are not needed
 * here. One project's events arrive in order (Kafka key = stream id), and each write is an upsert
 * or an update keyed by the project, so a redelivery leaves the same row.
 */
const writers: Record<string, Writer> = {
  StrategicProjectRegistered: (db, s, t, d: FeedEventData<'StrategicProjectRegistered'>) =>
    db.query(
      `INSERT INTO ${s}.peer_projects (tenant_id, project_id, owner_id, home_division_id, status)
       VALUES ($1, $2, $3, $4, 'open')
       ON CONFLICT (tenant_id, project_id)
       DO UPDATE SET owner_id = EXCLUDED.owner_id, home_division_id = EXCLUDED.home_division_id`,
      [t, d.projectId, d.ownerId, d.homeDivId],
    ),
  ProjectOwnerChanged: (db, s, t, d: FeedEventData<'ProjectOwnerChanged'>) =>
    db.query(
      `UPDATE ${s}.peer_projects SET owner_id = $3 WHERE tenant_id = $1 AND project_id = $2`,
      [t, d.projectId, d.ownerId],
    ),
  ProjectClosed: (db, s, t, d: FeedEventData<'ProjectClosed'>) =>
    db.query(
      `UPDATE ${s}.peer_projects SET status = 'closed' WHERE tenant_id = $1 AND project_id = $2`,
      [t, d.projectId],
    ),
  SupportNeedDeclared: (db, s, t, d: FeedEventData<'SupportNeedDeclared'>) =>
    db.query(
      `INSERT INTO ${s}.peer_support_needs
         (tenant_id, need_id, project_id, supporting_division_id, key_contact_id, open)
       VALUES ($1, $2, $3, $4, $5, true)
       ON CONFLICT (tenant_id, need_id) DO NOTHING`,
      [t, d.needId, d.projectId, d.supportingDivId, d.keyContactId ?? null],
    ),
  SupportDeclined: closeNeed,
  SupportDelivered: closeNeed,
  SupportNeedWithdrawn: closeNeed,
};

/** A declined, delivered or withdrawn need no longer ties its supporters to the project. */
function closeNeed(db: Queryable, s: string, t: string, d: FeedEventData<'SupportDelivered'>) {
  return db.query(
    `UPDATE ${s}.peer_support_needs SET open = false WHERE tenant_id = $1 AND need_id = $2`,
    [t, d.needId],
  );
}

export async function projectStrategyEvent(
  db: Queryable,
  schema: string,
  event: StrategyEvent,
): Promise<void> {
  const write = writers[event.type];
  if (write) await write(db, schema, event.metadata.tenantId, event.data as never);
}
