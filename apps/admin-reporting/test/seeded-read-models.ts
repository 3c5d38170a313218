import { randomUUID } from 'node:crypto';
import { migrateProjectionRuntime } from '@lib/projections';
import {
  type CommitmentState,
  readModelDataSourceOptions,
  runReadModelMigrations,
  saveMatrixCells,
  savePeerLoad,
  saveProjectRisk,
  saveSupportCommitment,
} from '@lib/read-models';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * The projectors' read models made by the readers' migrations in a database of its own, with rows
 * written through the projectors' own save functions.
 */
export async function readModelsIn(databaseUrl: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  for (const readModels of ['risk', 'alignment'] as const) {
    const reader = await new DataSource(
      readModelDataSourceOptions({ readModels, schema: readModels, url: databaseUrl, poolSize: 1 }),
    ).initialize();
    await runReadModelMigrations(reader);
    await reader.destroy();
    await migrateProjectionRuntime(pool, readModels);
  }
  return {
    pool,
    async matrixCell(
      tenantId: string,
      fromDivId: string,
      toDivId: string,
      requests: number,
      netGive = 0,
    ): Promise<void> {
      const fulfilled = Math.floor(requests / 2);
      await saveMatrixCells(
        pool,
        'risk',
        tenantId,
        [
          {
            tenantId,
            fromDivId,
            toDivId,
            requests,
            fulfilled,
            fulfilmentRate: requests === 0 ? null : fulfilled / requests,
            medianResponseHours: 26.5,
            slaBreaches: 1,
            slaBreachRate: requests === 0 ? null : 1 / requests,
            unitsGiven: Math.max(netGive, 0),
            unitsReceived: Math.max(-netGive, 0),
            netGive,
            ruleVersion: 1,
          },
        ],
        [],
      );
    },
    async project(
      tenantId: string,
      projectId: string,
      score: number,
      homeDivId = 'finance',
    ): Promise<void> {
      await saveProjectRisk(pool, 'risk', {
        tenantId,
        projectId,
        ownerId: 'ana',
        homeDivId,
        cycleId: 'fy27',
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
            evidence: [
              {
                eventId: randomUUID(),
                type: 'SupportDeclined',
                recordedAt: '2027-03-01T00:00:00.000Z',
              },
            ],
            ruleVersion: 1,
          },
        ],
        needs: [],
        evaluatedAt: '2027-03-03T00:00:00.000Z',
        ruleVersion: 1,
      });
    },
    async need(
      tenantId: string,
      needId: string,
      supportingDivId: string,
      outcome: Readonly<{
        state: CommitmentState;
        onTime?: boolean;
        declineReason?: string;
        counterProposals?: number;
      }>,
    ): Promise<void> {
      const delivered = outcome.state === 'delivered';
      await saveSupportCommitment(pool, 'risk', {
        tenantId,
        needId,
        projectId: `project-of-${needId}`,
        supportingDivId,
        homeDivId: 'finance',
        keyContactId: null,
        criticality: 'blocking',
        capacity: 2,
        neededBy: '2027-06-01T00:00:00.000Z',
        declaredAt: '2027-02-01T00:00:00.000Z',
        state: outcome.state,
        deliverBy: delivered ? '2027-05-01T00:00:00.000Z' : null,
        offeredDeliverBy: null,
        committedAt: delivered ? '2027-02-03T00:00:00.000Z' : null,
        deliveredAt: delivered ? '2027-04-20T00:00:00.000Z' : null,
        onTime: delivered ? (outcome.onTime ?? true) : null,
        slips: 0,
        counterProposals: outcome.counterProposals ?? 0,
        declineReason: outcome.declineReason ?? null,
        promise: null,
        history: [],
        ruleVersion: 1,
      });
    },
    async load(
      tenantId: string,
      leaderId: string,
      load: number,
      overloaded = false,
    ): Promise<void> {
      await savePeerLoad(pool, 'risk', {
        tenantId,
        leaderId,
        windowDays: 28,
        load,
        open: 1,
        capacity: 4,
        latencyP50Hours: 12,
        noResponseRate: 0,
        oi: load / 4,
        terms: { zScore: 0, capacity: load / 4, meanLoad: 0 },
        trigger: 'capacity',
        overloaded,
        overloadedSince: overloaded ? '2027-03-01' : null,
        evidence: [],
        evaluatedAt: '2027-03-03T00:00:00.000Z',
        ruleVersion: 1,
      });
    },
    /** A cycle's company alignment row, and PA of one pair and VA of its two divisions in it. */
    async alignment(
      tenantId: string,
      cycleId: string,
      [divisionA, divisionB]: readonly [string, string],
      value: number,
    ): Promise<void> {
      const s = 'alignment';
      await pool.query(
        `INSERT INTO ${s}.alignment_company (tenant_id, cycle_id, horizontal, division_count, pair_count,
           total_interdependence, worst_pairs, company_version, as_of, rule_version)
         VALUES ($1, $2, $3, 2, 1, 1, '[]', 1, NULL, 1) ON CONFLICT DO NOTHING`,
        [tenantId, cycleId, value],
      );
      await pool.query(
        `INSERT INTO ${s}.alignment_division_pairs (tenant_id, cycle_id, division_a, division_b,
           theme_agreement, support_a_to_b, support_b_to_a, weight_a_to_b, weight_b_to_a,
           support_symmetric, interdependence, value, gaps, rankings, rule_version)
         VALUES ($1, $2, $3, $4, 0.5, 0.4, 0.6, 1, 1, 0.5, 1, $5, '[]', '[]', 1)`,
        [tenantId, cycleId, divisionA, divisionB, value],
      );
      for (const divisionId of [divisionA, divisionB])
        await pool.query(
          `INSERT INTO ${s}.alignment_vertical (tenant_id, cycle_id, division_id, value, company_version,
             evidence, rule_version)
           VALUES ($1, $2, $3, $4, 1, '[]', 1) ON CONFLICT DO NOTHING`,
          [tenantId, cycleId, divisionId, value],
        );
    },
    end: () => pool.end(),
  };
}
