import type { Queryable } from '@lib/read-models';
import type { InputEvent } from './input-event';
import type { Observation } from './tenant-inputs';

/**
 * Division ids as they stand now: a division merged into another answers as that one (domain README §2
 * MergeDivisions, "projections remap"). The events keep the division they recorded.
 */
export class DivisionMap {
  constructor(private readonly mergedInto: ReadonlyMap<string, string>) {}

  static async load(db: Queryable, s: string, tenantId: string): Promise<DivisionMap> {
    const { rows } = await db.query<{ source_id: string; target_id: string }>(
      `SELECT source_id, target_id FROM ${s}.in_division_merges WHERE tenant_id = $1`,
      [tenantId],
    );
    return new DivisionMap(new Map(rows.map((row) => [row.source_id, row.target_id])));
  }

  current(divisionId: string): string;
  current(divisionId: string | null): string | null;
  current(divisionId: string | null): string | null {
    let id = divisionId;
    // Bounded: a merge cycle in bad data must not hang the projection.
    for (let hops = 0; id !== null && hops < 20; hops++) {
      const next = this.mergedInto.get(id);
      if (next === undefined || next === id) return id;
      id = next;
    }
    return id;
  }

  /** Every id that now answers as `divisionId`, itself included. */
  idsOf(divisionId: string): string[] {
    const ids = [divisionId];
    for (const source of this.mergedInto.keys()) {
      if (source !== divisionId && this.current(source) === divisionId) ids.push(source);
    }
    return ids.sort();
  }
}

/**
 * Records a leader's division as an event snapshotted it. Returns whether the leader's division
 * as of `asOf` changed, which changes what every project's risk reads (membership of E). One
 * statement: the leader's division as of `asOf` before the insert, and after it, by the same
 * order `divisionAt` reads (the new row ranked among the old ones in SQL, as `divisionAt` would).
 */
export async function observeDivision(
  db: Queryable,
  s: string,
  event: InputEvent,
  observation: Readonly<{
    leaderId: string;
    divisionId: string;
    at?: string;
    authoritative?: boolean;
  }>,
  asOf: Date | null,
): Promise<boolean> {
  const row = [
    event.tenantId,
    observation.leaderId,
    event.eventId,
    observation.at ?? event.occurredAt,
    observation.divisionId,
    observation.authoritative ?? false,
  ];
  const insert = `INSERT INTO ${s}.in_leader_divisions (tenant_id, leader_id, event_id, observed_at, division_id, authoritative)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`;
  if (!asOf) {
    await db.query(insert, row);
    return false;
  }
  const known = `SELECT division_id, authoritative, observed_at, event_id FROM ${s}.in_leader_divisions
      WHERE tenant_id = $1 AND leader_id = $2 AND observed_at <= $7`;
  const { rows } = await db.query<{ before: string | null; after: string | null }>(
    `WITH inserted AS (${insert} RETURNING division_id, authoritative, observed_at, event_id)
     SELECT (SELECT division_id FROM (${known}) k ORDER BY ${MEMBERSHIP_ORDER} LIMIT 1) AS before,
            (SELECT division_id FROM (
               ${known}
               UNION ALL
               SELECT * FROM inserted WHERE observed_at <= $7
             ) k ORDER BY ${MEMBERSHIP_ORDER} LIMIT 1) AS after`,
    [...row, asOf],
  );
  return rows[0].before !== rows[0].after;
}

/**
 * Records every division snapshot a batch's events took, in one statement. Returns whether any
 * observed leader's division as of `asOf` is another after them than before, which changes what
 * every project's risk reads: the divisions as of `asOf` are read before and after the insert.
 */
export async function observeDivisions(
  db: Queryable,
  s: string,
  tenantId: string,
  observations: readonly Observation[],
  asOf: Date | null,
): Promise<boolean> {
  if (observations.length === 0) return false;
  const column = <T>(pick: (o: Observation) => T): T[] => observations.map(pick);
  const insert = () =>
    db.query(
      `INSERT INTO ${s}.in_leader_divisions (tenant_id, leader_id, event_id, observed_at, division_id, authoritative)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::boolean[])
       ON CONFLICT DO NOTHING`,
      [
        tenantId,
        column((o) => o.leaderId),
        column((o) => o.eventId),
        column((o) => o.observedAt),
        column((o) => o.divisionId),
        column((o) => o.authoritative),
      ],
    );
  const before = asOf ? observations.filter((o) => Date.parse(o.observedAt) <= asOf.getTime()) : [];
  if (!asOf || before.length === 0) {
    await insert();
    return false;
  }
  const leaders = [...new Set(before.map((o) => o.leaderId))].sort();
  const was = await membershipAt(db, s, tenantId, asOf, leaders);
  await insert();
  const is = await membershipAt(db, s, tenantId, asOf, leaders);
  return leaders.some((leader) => was.get(leader) !== is.get(leader));
}

/** The org's word when it has spoken by then, else the latest snapshot another event took. */
const MEMBERSHIP_ORDER = 'authoritative DESC, observed_at DESC, event_id DESC';

export async function divisionAt(
  db: Queryable,
  s: string,
  tenantId: string,
  leaderId: string,
  at: Date,
): Promise<string | null> {
  const { rows } = await db.query<{ division_id: string }>(
    `SELECT division_id FROM ${s}.in_leader_divisions
      WHERE tenant_id = $1 AND leader_id = $2 AND observed_at <= $3
      ORDER BY ${MEMBERSHIP_ORDER} LIMIT 1`,
    [tenantId, leaderId, at],
  );
  return rows[0]?.division_id ?? null;
}

/** Every known leader's division as of `at`, as recorded (not yet remapped through merges). */
export async function membershipAt(
  db: Queryable,
  s: string,
  tenantId: string,
  at: Date,
  leaderIds?: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await db.query<{ leader_id: string; division_id: string }>(
    `SELECT DISTINCT ON (leader_id) leader_id, division_id FROM ${s}.in_leader_divisions
      WHERE tenant_id = $1 AND observed_at <= $2 AND ($3::text[] IS NULL OR leader_id = ANY($3))
      ORDER BY leader_id, ${MEMBERSHIP_ORDER}`,
    [tenantId, at, leaderIds ?? null],
  );
  return new Map(rows.map((row) => [row.leader_id, row.division_id]));
}
