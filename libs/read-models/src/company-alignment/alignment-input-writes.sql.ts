import type {
  AlignmentInputChange,
  CompanyPrioritiesInput,
  MergeInput,
  NeedInput,
  RankingInput,
} from '../division-pair-alignment/alignment-inputs';
import type { Queryable } from '../queryable';

// The stored inputs of the alignment projection in PostgreSQL: idempotent upserts keyed by
// aggregate, so the same event twice leaves the same rows. `s` is a schema name the caller checked.

export async function recordAlignmentInput(
  db: Queryable,
  s: string,
  change: AlignmentInputChange,
): Promise<void> {
  switch (change.kind) {
    case 'ranking':
      return recordRanking(db, s, change.ranking);
    case 'companyPriorities':
      return recordCompanyPriorities(db, s, change.priorities);
    case 'needDeclared':
      return recordNeed(db, s, change.need);
    case 'needClosed':
      return closeNeed(db, s, change);
    case 'projectClosed': {
      const { tenantId, projectId, at, eventId, recordedAt } = change.closing;
      return recordClosing(db, s, 'alignment_project_closings', 'project_id', [
        tenantId,
        projectId,
        at,
        eventId,
        recordedAt,
      ]);
    }
    case 'cycleClosed': {
      const { tenantId, cycleId, at, eventId, recordedAt } = change.closing;
      return recordClosing(db, s, 'alignment_cycle_closings', 'cycle_id', [
        tenantId,
        cycleId,
        at,
        eventId,
        recordedAt,
      ]);
    }
    case 'merge':
      for (const merge of change.merges) await recordMerge(db, s, merge);
  }
}

async function recordRanking(db: Queryable, s: string, r: RankingInput): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.alignment_rankings
       (tenant_id, cycle_id, division_id, revision, items, ranked_by, occurred_at, recorded_at, event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (tenant_id, cycle_id, division_id, revision) DO UPDATE SET
       items = EXCLUDED.items, ranked_by = EXCLUDED.ranked_by, occurred_at = EXCLUDED.occurred_at,
       recorded_at = EXCLUDED.recorded_at, event_id = EXCLUDED.event_id`,
    [
      r.tenantId,
      r.cycleId,
      r.divisionId,
      r.revision,
      JSON.stringify(r.items),
      r.rankedBy,
      r.occurredAt,
      r.recordedAt,
      r.eventId,
    ],
  );
}

async function recordCompanyPriorities(
  db: Queryable,
  s: string,
  p: CompanyPrioritiesInput,
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.alignment_company_priorities
       (tenant_id, cycle_id, version, theme_ids, ranked_by, occurred_at, recorded_at, event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (tenant_id, cycle_id, version) DO UPDATE SET
       theme_ids = EXCLUDED.theme_ids, ranked_by = EXCLUDED.ranked_by,
       occurred_at = EXCLUDED.occurred_at, recorded_at = EXCLUDED.recorded_at, event_id = EXCLUDED.event_id`,
    [
      p.tenantId,
      p.cycleId,
      p.version,
      JSON.stringify(p.themeIds),
      p.rankedBy,
      p.occurredAt,
      p.recordedAt,
      p.eventId,
    ],
  );
}

async function recordNeed(
  db: Queryable,
  s: string,
  { tenantId, needId, declared: d }: NeedInput & { declared: NonNullable<NeedInput['declared']> },
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.alignment_needs
       (tenant_id, need_id, project_id, home_division_id, supporting_division_id, criticality,
        capacity, declared_at, declared_event_id, declared_recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (tenant_id, need_id) DO UPDATE SET
       project_id = EXCLUDED.project_id, home_division_id = EXCLUDED.home_division_id,
       supporting_division_id = EXCLUDED.supporting_division_id,
       criticality = EXCLUDED.criticality, capacity = EXCLUDED.capacity,
       declared_at = EXCLUDED.declared_at, declared_event_id = EXCLUDED.declared_event_id,
       declared_recorded_at = EXCLUDED.declared_recorded_at`,
    [
      tenantId,
      needId,
      d.projectId,
      d.homeDivisionId,
      d.supportingDivisionId,
      d.criticality,
      d.capacity,
      d.at,
      d.eventId,
      d.recordedAt,
    ],
  );
}

// The earliest closing is kept (then the smallest event id, in byte order as in the specs), so a
// second closing event changes nothing whichever arrives first.
async function closeNeed(
  db: Queryable,
  s: string,
  change: Extract<AlignmentInputChange, { kind: 'needClosed' }>,
): Promise<void> {
  const { tenantId, needId, closed } = change;
  await db.query(
    `INSERT INTO ${s}.alignment_needs AS t
       (tenant_id, need_id, closed_at, closed_by, closed_event_id, closed_recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, need_id) DO UPDATE SET
       closed_at = EXCLUDED.closed_at, closed_by = EXCLUDED.closed_by,
       closed_event_id = EXCLUDED.closed_event_id, closed_recorded_at = EXCLUDED.closed_recorded_at
     WHERE t.closed_at IS NULL
        OR (EXCLUDED.closed_at, EXCLUDED.closed_event_id COLLATE "C") < (t.closed_at, t.closed_event_id COLLATE "C")`,
    [tenantId, needId, closed.at, closed.type, closed.eventId, closed.recordedAt],
  );
}

async function recordClosing(
  db: Queryable,
  s: string,
  table: string,
  keyColumn: string,
  values: unknown[],
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.${table} AS t
       (tenant_id, ${keyColumn}, closed_at, closed_event_id, closed_recorded_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, ${keyColumn}) DO UPDATE SET
       closed_at = EXCLUDED.closed_at, closed_event_id = EXCLUDED.closed_event_id,
       closed_recorded_at = EXCLUDED.closed_recorded_at
     WHERE (EXCLUDED.closed_at, EXCLUDED.closed_event_id COLLATE "C") < (t.closed_at, t.closed_event_id COLLATE "C")`,
    values,
  );
}

async function recordMerge(db: Queryable, s: string, m: MergeInput): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.alignment_merges (tenant_id, event_id, source_id, target_id, effective_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, event_id, source_id) DO UPDATE SET
       target_id = EXCLUDED.target_id, effective_at = EXCLUDED.effective_at`,
    [m.tenantId, m.eventId, m.sourceId, m.targetId, m.effectiveAt],
  );
}
