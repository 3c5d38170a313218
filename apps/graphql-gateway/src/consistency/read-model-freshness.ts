import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { GraphqlGatewayEnvironment } from '../graphql-gateway.options';
import { readModelUnavailable } from '../read-models/read-model-errors';
import { parseConsistencyToken, type SeenEvent } from './consistency-token';
import { ReadModelCatalogue, type ReadModelName } from './read-model-catalogue';

/** How current an answer is relative to the token the client gave. */
export type Freshness = Readonly<{
  stale: boolean;
  /** With `stale`: the token's events each read model had not applied when the wait ended. */
  lag: ReadonlyArray<Readonly<{ readModel: string; pendingEvents: number }>>;
  waitedMs: number;
}>;

export const FRESH: Freshness = { stale: false, lag: [], waitedMs: 0 };
const POLL_MS = 25;

/**
 * Read-your-writes: waits, within CONSISTENCY_WAIT_MS, until every read model a query reads has
 * applied the events of the client's token (their ids are in the projection's inbox), and
 * otherwise says how far behind each one is, rather than hanging or pretending.
 */
@Injectable()
export class ReadModelFreshness {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(GraphqlGatewayEnvironment) private readonly env: GraphqlGatewayEnvironment,
  ) {}

  async waitFor(
    token: string | undefined,
    readModels: readonly ReadModelName[],
  ): Promise<Freshness> {
    if (token === undefined) return FRESH;
    const events = parseConsistencyToken(token);
    const startedAt = Date.now();
    const deadline = startedAt + this.env.CONSISTENCY_WAIT_MS;
    for (;;) {
      const lag = await this.lagOf(events, readModels);
      const waitedMs = Date.now() - startedAt;
      if (lag.length === 0) return { stale: false, lag, waitedMs };
      if (Date.now() + POLL_MS > deadline) return { stale: true, lag, waitedMs };
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async lagOf(events: readonly SeenEvent[], readModels: readonly ReadModelName[]) {
    const lag: { readModel: string; pendingEvents: number }[] = [];
    for (const readModel of readModels) {
      const { schema, projection, topics } = ReadModelCatalogue[readModel];
      const ids = events
        .filter((event) => (topics as readonly string[]).includes(event.topic))
        .map((event) => event.eventId);
      if (ids.length === 0) continue;
      const applied = await this.appliedCount(schema, projection, ids, readModel);
      if (applied < new Set(ids).size)
        lag.push({ readModel, pendingEvents: new Set(ids).size - applied });
    }
    return lag;
  }

  private async appliedCount(
    schema: string,
    projection: string,
    ids: readonly string[],
    readModel: string,
  ): Promise<number> {
    try {
      const { rows } = await this.pool.query<{ applied: string }>(
        `SELECT count(*) AS applied FROM ${schema}.projection_inbox
          WHERE projection = $1 AND event_id = ANY($2::uuid[])`,
        [projection, [...new Set(ids)]],
      );
      return Number(rows[0].applied);
    } catch (error) {
      throw readModelUnavailable(error, readModel) ?? error;
    }
  }
}
