import type { FeedEventData } from '@lib/contracts';
import type { Queryable } from '../queryable';

/** What the directory needs of an org event: its type, data and tenant. */
export interface OrgEvent {
  type: string;
  data: unknown;
  metadata: { tenantId: string };
}

type Writer = (db: Queryable, s: string, tenant: string, data: never) => Promise<unknown>;

/**
 * Folds org events into the directory. Each write is an idempotent upsert keyed by the aggregate,
 * and one stream's events arrive in order (Kafka key = stream id), so replays and redeliveries
 * leave the same rows. Across streams there is no order: no write depends on another stream's.
 */
const writers: Record<string, Writer> = {
  LeaderRegistered: (db, s, t, d: FeedEventData<'LeaderRegistered'>) =>
    db.query(
      `INSERT INTO ${s}.org_leaders (tenant_id, leader_id, division_id) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, leader_id) DO UPDATE SET division_id = EXCLUDED.division_id`,
      [t, d.leaderId, d.divisionId],
    ),
  LeaderDivisionChanged: (db, s, t, d: FeedEventData<'LeaderDivisionChanged'>) =>
    db.query(
      `UPDATE ${s}.org_leaders SET division_id = $3 WHERE tenant_id = $1 AND leader_id = $2`,
      [t, d.leaderId, d.to],
    ),
  LeaderCapacityDeclared: (db, s, t, d: FeedEventData<'LeaderCapacityDeclared'>) =>
    db.query(`UPDATE ${s}.org_leaders SET max_open = $3 WHERE tenant_id = $1 AND leader_id = $2`, [
      t,
      d.leaderId,
      d.maxOpen,
    ]),
  LeaderDeactivated: (db, s, t, d: FeedEventData<'LeaderDeactivated'>) =>
    db.query(`UPDATE ${s}.org_leaders SET active = false WHERE tenant_id = $1 AND leader_id = $2`, [
      t,
      d.leaderId,
    ]),
  FocusAreasShared: (db, s, t, d: FeedEventData<'FocusAreasShared'>) =>
    db.query(
      `UPDATE ${s}.org_leaders SET focus_cycle_id = $3, focus_theme_ids = $4 WHERE tenant_id = $1 AND leader_id = $2`,
      [t, d.leaderId, d.cycleId, d.themeIds],
    ),
  ThemeDefined: (db, s, t, d: FeedEventData<'ThemeDefined'>) =>
    db.query(
      `INSERT INTO ${s}.org_themes (tenant_id, theme_id, cycle_id, name) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, theme_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id, name = EXCLUDED.name`,
      [t, d.themeId, d.cycleId, d.name],
    ),
  DivisionRegistered: (db, s, t, d: FeedEventData<'DivisionRegistered'>) =>
    db.query(
      `INSERT INTO ${s}.org_divisions (tenant_id, division_id, name) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, division_id) DO UPDATE SET name = EXCLUDED.name`,
      [t, d.divisionId, d.name],
    ),
  DivisionHeadAppointed: (db, s, t, d: FeedEventData<'DivisionHeadAppointed'>) =>
    db.query(
      `UPDATE ${s}.org_divisions SET head_id = $3 WHERE tenant_id = $1 AND division_id = $2`,
      [t, d.divisionId, d.leaderId],
    ),
  RankingDelegated: (db, s, t, d: FeedEventData<'RankingDelegated'>) =>
    db.query(
      `UPDATE ${s}.org_divisions SET delegate_ids = array_append(array_remove(delegate_ids, $3), $3)
        WHERE tenant_id = $1 AND division_id = $2`,
      [t, d.divisionId, d.delegateId],
    ),
  RankingDelegateRevoked: (db, s, t, d: FeedEventData<'RankingDelegateRevoked'>) =>
    db.query(
      `UPDATE ${s}.org_divisions SET delegate_ids = array_remove(delegate_ids, $3) WHERE tenant_id = $1 AND division_id = $2`,
      [t, d.divisionId, d.delegateId],
    ),
  // The merge lives in the target's stream, so it may arrive before a source's own registration:
  // the source row is created here if need be, and its registration later fills in the name only.
  DivisionsMerged: (db, s, t, d: FeedEventData<'DivisionsMerged'>) =>
    db.query(
      `INSERT INTO ${s}.org_divisions (tenant_id, division_id, name, merged_into)
       SELECT $1, source, '', $3 FROM unnest($2::text[]) AS source
       ON CONFLICT (tenant_id, division_id) DO UPDATE SET merged_into = EXCLUDED.merged_into`,
      [t, d.sourceIds, d.targetId],
    ),
  CycleOpened: (db, s, t, d: FeedEventData<'CycleOpened'>) => upsertCycle(db, s, t, d, 'open'),
  CycleLocked: (db, s, t, d: FeedEventData<'CycleLocked'>) => upsertCycle(db, s, t, d, 'locked'),
  CycleClosed: (db, s, t, d: FeedEventData<'CycleClosed'>) => upsertCycle(db, s, t, d, 'closed'),
};

function upsertCycle(
  db: Queryable,
  s: string,
  t: string,
  d: FeedEventData<'CycleOpened'>,
  status: string,
) {
  return db.query(
    `INSERT INTO ${s}.org_cycles (tenant_id, cycle_id, status, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, cycle_id) DO UPDATE SET status = EXCLUDED.status`,
    [t, d.cycleId, status, d.startsAt, d.endsAt],
  );
}

export async function projectOrgEvent(
  db: Queryable,
  schema: string,
  event: OrgEvent,
): Promise<void> {
  const write = writers[event.type];
  if (write) await write(db, schema, event.metadata.tenantId, event.data as never);
}
