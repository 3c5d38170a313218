import type { EventOf, InputEvent } from './input-event';
import { type InputWriters, observe, type WriteContext } from './writer';

// Org events: who belongs where (the org's word is authoritative), capacity K, heads, merges and
// the planning cycles whose lock makes an unranked need count as unranked (R1).

function membership(
  context: WriteContext,
  event: InputEvent,
  leaderId: string,
  divisionId: string,
  at?: string,
): void {
  observe(context, event, leaderId, divisionId, { at, authoritative: true });
}

async function upsertLeader(
  { db, s }: WriteContext,
  tenantId: string,
  leaderId: string,
  set: string,
  value: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.in_leaders (tenant_id, leader_id, ${set}) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, leader_id) DO UPDATE SET ${set} = EXCLUDED.${set}`,
    [tenantId, leaderId, value],
  );
}

export const orgInputs: InputWriters = {
  LeaderRegistered: async (context, event: EventOf<'LeaderRegistered'>) => {
    await context.db.query(
      `INSERT INTO ${context.s}.in_leaders (tenant_id, leader_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [event.tenantId, event.data.leaderId],
    );
    membership(context, event, event.data.leaderId, event.data.divisionId);
  },
  LeaderDivisionChanged: (context, event: EventOf<'LeaderDivisionChanged'>) =>
    membership(context, event, event.data.leaderId, event.data.to, event.data.effectiveAt),
  LeaderCapacityDeclared: (context, event: EventOf<'LeaderCapacityDeclared'>) =>
    upsertLeader(context, event.tenantId, event.data.leaderId, 'max_open', event.data.maxOpen),
  LeaderDeactivated: (context, event: EventOf<'LeaderDeactivated'>) =>
    upsertLeader(context, event.tenantId, event.data.leaderId, 'deactivated', true),
  DivisionHeadAppointed: async (context, event: EventOf<'DivisionHeadAppointed'>) => {
    await context.db.query(
      `INSERT INTO ${context.s}.in_divisions (tenant_id, division_id, head_id) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, division_id) DO UPDATE SET head_id = EXCLUDED.head_id`,
      [event.tenantId, event.data.divisionId, event.data.leaderId],
    );
    context.touched.allProjects = true;
  },
  DivisionsMerged: async (context, event: EventOf<'DivisionsMerged'>) => {
    for (const sourceId of event.data.sourceIds) {
      await context.db.query(
        `INSERT INTO ${context.s}.in_division_merges (tenant_id, source_id, target_id, effective_at, event_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, source_id) DO UPDATE SET target_id = EXCLUDED.target_id,
           effective_at = EXCLUDED.effective_at, event_id = EXCLUDED.event_id`,
        [event.tenantId, sourceId, event.data.targetId, event.data.effectiveAt, event.eventId],
      );
    }
    context.touched.allDivisions = true;
    context.touched.allProjects = true;
  },
  CycleOpened: (context, event: EventOf<'CycleOpened'>) => upsertCycle(context, event, 'open'),
  CycleLocked: (context, event: EventOf<'CycleLocked'>) => upsertCycle(context, event, 'locked'),
  CycleClosed: (context, event: EventOf<'CycleClosed'>) => upsertCycle(context, event, 'closed'),
};

async function upsertCycle(
  context: WriteContext,
  event: EventOf<'CycleOpened'>,
  status: 'open' | 'locked' | 'closed',
): Promise<void> {
  const lock = status === 'locked' ? [event.eventId, event.recordedAt] : [null, null];
  await context.db.query(
    `INSERT INTO ${context.s}.in_cycles (tenant_id, cycle_id, status, starts_at, ends_at, locked_event_id, locked_recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, cycle_id) DO UPDATE SET status = EXCLUDED.status,
       locked_event_id = COALESCE(EXCLUDED.locked_event_id, ${context.s}.in_cycles.locked_event_id),
       locked_recorded_at = COALESCE(EXCLUDED.locked_recorded_at, ${context.s}.in_cycles.locked_recorded_at)`,
    [event.tenantId, event.data.cycleId, status, event.data.startsAt, event.data.endsAt, ...lock],
  );
  context.touched.allProjects = true;
}
