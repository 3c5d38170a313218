import { randomUUID } from 'node:crypto';
import { type EventEnvelope, Topics } from '@lib/contracts';
import type { Queryable } from '@lib/read-models';
import type { Projection } from '../projection';

/**
 * The runtime's tests' projection: each leader's latest declared capacity and how many
 * declarations led there. A capacity of 13 stands for a bug the projection has until `fixed`.
 */
export function capacityProjection(state: { fixed: boolean } = { fixed: true }): Projection {
  return {
    name: 'capacity',
    topics: [Topics.org],
    tables: ['leader_capacity'],
    migrate: async (db: Queryable, schema: string) => {
      await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.leader_capacity (
        tenant_id text, leader_id text, max_open int, declarations int, PRIMARY KEY (tenant_id, leader_id))`);
    },
    apply: async (db: Queryable, schema: string, event: EventEnvelope) => {
      const data = event.data as { leaderId: string; maxOpen: number };
      if (data.maxOpen === 13 && !state.fixed) throw new Error('cannot apply a capacity of 13');
      await db.query(
        `INSERT INTO ${schema}.leader_capacity VALUES ($1, $2, $3, 1)
         ON CONFLICT (tenant_id, leader_id) DO UPDATE
           SET max_open = EXCLUDED.max_open, declarations = ${schema}.leader_capacity.declarations + 1`,
        [event.metadata.tenantId, data.leaderId, data.maxOpen],
      );
    },
  };
}

/** A declaration of tenant t, at the given version of the leader's stream. */
export function declared(leaderId: string, maxOpen: number, version = maxOpen): EventEnvelope {
  return {
    eventId: randomUUID(),
    type: 'LeaderCapacityDeclared',
    schemaVersion: 1,
    streamId: `leader:t:${leaderId}`,
    streamVersion: version,
    data: { leaderId, divisionId: 'ops', maxOpen },
    metadata: {
      tenantId: 't',
      actorId: leaderId,
      correlationId: 'c',
      causationId: 'c',
      commandId: randomUUID(),
      occurredAt: '2026-02-01T10:00:00.000Z',
    },
  };
}
