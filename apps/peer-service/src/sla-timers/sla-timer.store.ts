import type { SlaTimer } from '@lib/domain';
import { schemaIdentifier } from '@lib/read-models';
import type { Pool } from 'pg';

/** A timer whose time has come, claimed by one instance of the service. */
export interface DueTimer {
  tenantId: string;
  requestId: string;
  command: SlaTimer['command'];
  dueAt: string;
}

const FIRST_ON_A_TIE: SlaTimer['command'] = 'RecordResponseSlaBreach';

interface TimerRow {
  tenant_id: string;
  request_id: string;
  command: SlaTimer['command'];
  due_at: Date;
}

/** The peer_sla_timers table: claim what is due, then mark it fired or hand it back. */
export class SlaTimerStore {
  private readonly s: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  /**
   * Claims up to `limit` unfired timers due at `now` until `leaseUntil`. SKIP LOCKED lets several
   * instances claim at once without waiting on or taking each other's rows, and the lease keeps a
   * claimed timer from being claimed again while it fires; should an instance die holding it, the
   * lease runs out and another instance fires it.
   *
   * One request's timers fire in deadline order, the response SLA first on a tie: once the
   * delivery timer has expired a request, its response SLA can no longer be recorded. So a timer
   * waits while an earlier one of its request is unfired, even when both fell due in a downtime.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<DueTimer[]> {
    const { rows } = await this.pool.query<TimerRow>(
      `WITH claimed AS (
         UPDATE ${this.s}.peer_sla_timers t SET claimed_until = $2
          WHERE (t.tenant_id, t.request_id, t.command) IN (
            SELECT tenant_id, request_id, command FROM ${this.s}.peer_sla_timers due
             WHERE fired_at IS NULL AND due_at <= $1
               AND (claimed_until IS NULL OR claimed_until < $1)
               AND NOT EXISTS (
                 SELECT 1 FROM ${this.s}.peer_sla_timers earlier
                  WHERE earlier.tenant_id = due.tenant_id AND earlier.request_id = due.request_id
                    AND earlier.fired_at IS NULL
                    AND (earlier.due_at, earlier.command <> $4) < (due.due_at, due.command <> $4))
             ORDER BY due_at
             LIMIT $3
               FOR UPDATE SKIP LOCKED)
          RETURNING t.tenant_id, t.request_id, t.command, t.due_at)
       SELECT * FROM claimed ORDER BY due_at`,
      [now, leaseUntil, limit, FIRST_ON_A_TIE],
    );
    return rows.map((row) => ({
      tenantId: row.tenant_id,
      requestId: row.request_id,
      command: row.command,
      dueAt: row.due_at.toISOString(),
    }));
  }

  async markFired(timer: DueTimer, at: string): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.s}.peer_sla_timers SET fired_at = $4, claimed_until = NULL, last_error = NULL
        WHERE tenant_id = $1 AND request_id = $2 AND command = $3`,
      [timer.tenantId, timer.requestId, timer.command, at],
    );
  }

  /** Hands a timer back for the next poll, keeping why it could not fire for whoever looks. */
  async release(timer: DueTimer, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.s}.peer_sla_timers SET claimed_until = NULL, last_error = $4
        WHERE tenant_id = $1 AND request_id = $2 AND command = $3`,
      [timer.tenantId, timer.requestId, timer.command, error],
    );
  }
}
