import { randomUUID } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { riskProjection } from '../risk.projection';
import { dropSchema, freshSchema } from '../test/projection-database';
import { divisionAt, observeDivision } from './divisions';
import type { InputEvent } from './input-event';

// observeDivision says whether an observation changed the leader's division as of the tenant's
// evaluation instant: a project's risk is derived again when it did, and only then.

describe("a leader's division as of the evaluation instant", () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 2 });
  const asOf = new Date('2026-03-10T12:00:00.000Z');
  const hoursFromAsOf = (hours: number) =>
    new Date(asOf.getTime() + hours * 3_600_000).toISOString();
  let s: string;

  beforeAll(async () => {
    s = await freshSchema(pool, riskProjection());
  });
  afterAll(async () => {
    await dropSchema(pool, s);
    await pool.end();
  });

  const event = (eventId: string = randomUUID()): InputEvent => ({
    eventId,
    type: 'PeerRequestRaised',
    streamVersion: 1,
    tenantId: 't',
    occurredAt: hoursFromAsOf(0),
    recordedAt: hoursFromAsOf(0),
    data: {},
  });
  const observe = (
    divisionId: string,
    hours: number,
    options: { authoritative?: boolean; eventId?: string; asOf?: Date | null } = {},
  ) =>
    observeDivision(
      pool,
      s,
      event(options.eventId),
      {
        leaderId: 'ana',
        divisionId,
        at: hoursFromAsOf(hours),
        authoritative: options.authoritative,
      },
      options.asOf === undefined ? asOf : options.asOf,
    );

  it('changes with the first observation before the instant, and not with the same one again', async () => {
    const first = randomUUID();
    expect(await observe('finance', -2, { eventId: first })).toBe(true);
    expect(await observe('finance', -2, { eventId: first })).toBe(false);
    expect(await observe('finance', -1)).toBe(false);
  });

  it('does not change with an observation after the instant', async () => {
    expect(await observe('legal', 1)).toBe(false);
    expect(await divisionAt(pool, s, 't', 'ana', asOf)).toBe('finance');
  });

  it("changes when the org's word arrives, even older than a snapshot, and then stands", async () => {
    expect(await observe('operations', -5, { authoritative: true })).toBe(true);
    expect(await observe('legal', -0.5)).toBe(false);
    expect(await divisionAt(pool, s, 't', 'ana', asOf)).toBe('operations');
  });

  it('a later observation of the same division by a newer snapshot changes nothing', async () => {
    expect(await observe('operations', -0.25, { authoritative: true })).toBe(false);
    expect(await observe('finance', -0.1, { authoritative: true })).toBe(true);
  });

  it('before any evaluation, records and reports no change', async () => {
    expect(await observe('legal', -0.05, { authoritative: true, asOf: null })).toBe(false);
    expect(await divisionAt(pool, s, 't', 'ana', asOf)).toBe('legal');
  });
});
