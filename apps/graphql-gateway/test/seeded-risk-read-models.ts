import { randomUUID } from 'node:crypto';
import type { SocialCapitalComponent } from '@lib/domain';
import { migrateProjectionRuntime } from '@lib/projections';
import {
  readModelDataSourceOptions,
  runReadModelMigrations,
  saveProjectRisk,
  saveSocialCapital,
  saveSupportCommitment,
} from '@lib/read-models';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

const COMPONENTS: readonly SocialCapitalComponent[] = [
  'giving',
  'giverBalance',
  'mutuality',
  'crossDivisionBreadth',
  'brokerage',
  'reliability',
];

/**
 * The risk projector's tables, made by the readers' migrations and the runtime's own DDL in the
 * `risk` schema of a database, with rows written through the projector's own save functions.
 */
export async function riskReadModelsIn(databaseUrl: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const reader = await new DataSource(
    readModelDataSourceOptions({
      readModels: 'risk',
      schema: 'risk',
      url: databaseUrl,
      poolSize: 1,
    }),
  ).initialize();
  await runReadModelMigrations(reader);
  await reader.destroy();
  await migrateProjectionRuntime(pool, 'risk');
  return {
    pool,
    async project(tenantId: string, projectId: string, score: number, needs = 2): Promise<void> {
      const evidence = {
        eventId: randomUUID(),
        type: 'SupportDeclined',
        recordedAt: '2026-03-01T00:00:00.000Z',
      };
      await saveProjectRisk(pool, 'risk', {
        tenantId,
        projectId,
        ownerId: 'ana',
        homeDivId: 'finance',
        cycleId: 'fy',
        risk: score / 100,
        score,
        band: score >= 60 ? 'at_risk' : score >= 30 ? 'watch' : 'on_track',
        colour: score >= 60 ? 'red' : score >= 30 ? 'yellow' : 'green',
        reasons: [
          {
            code: 'NOT_COMMITTED',
            needId: `${projectId}-n0`,
            divisionId: 'operations',
            s: 1,
            beta: 0.45,
            contribution: score,
            thresholds: { pendingGraceDays: 7 },
            evidence: [evidence],
            ruleVersion: 1,
          },
        ],
        needs: [],
        evaluatedAt: '2026-03-03T00:00:00.000Z',
        ruleVersion: 1,
      });
      for (let n = 0; n < needs; n += 1)
        await saveSupportCommitment(pool, 'risk', {
          tenantId,
          needId: `${projectId}-n${n}`,
          projectId,
          supportingDivId: 'operations',
          homeDivId: 'finance',
          keyContactId: null,
          criticality: 'blocking',
          capacity: 2,
          neededBy: '2026-06-01T00:00:00.000Z',
          declaredAt: '2026-02-01T00:00:00.000Z',
          state: 'declined',
          deliverBy: null,
          offeredDeliverBy: null,
          committedAt: null,
          deliveredAt: null,
          onTime: null,
          slips: 0,
          counterProposals: 0,
          declineReason: 'no_capacity',
          promise: null,
          history: [],
          ruleVersion: 1,
        });
    },
    async socialCapital(tenantId: string, leaderId: string, score: number): Promise<void> {
      const component = { value: 0.5, weight: 0.2, contribution: score / 6 };
      const byComponent = <T>(value: () => T) =>
        Object.fromEntries(COMPONENTS.map((name) => [name, value()])) as Record<
          SocialCapitalComponent,
          T
        >;
      await saveSocialCapital(pool, 'risk', tenantId, {
        capital: [
          {
            tenantId,
            leaderId,
            divisionId: 'finance',
            score,
            components: byComponent(() => component),
            give: 1,
            recv: 1,
            evidence: byComponent(() => []),
            evaluatedAt: '2026-03-03T00:00:00.000Z',
            ruleVersion: 1,
          },
        ],
        dyads: [],
      });
    },
    /** Marks events as applied by the risk projection, as its runner's inbox would. */
    async applied(...eventIds: string[]): Promise<void> {
      for (const eventId of eventIds)
        await pool.query(
          `INSERT INTO risk.projection_inbox (projection, event_id) VALUES ('risk', $1)`,
          [eventId],
        );
    },
    end: () => pool.end(),
  };
}
