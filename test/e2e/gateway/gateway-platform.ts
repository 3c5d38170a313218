import { Topics } from '@lib/contracts';
import { createPlatformApp } from '@lib/platform';
import { eventually, testEnvironment, uniqueName } from '@lib/testing';
import {
  createTestDatabase,
  type RunningCommandService,
  startCommandService,
  TEST_SERVICE_SECRET,
} from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { AlignmentProjectorModule } from '../../../apps/alignment-projector/src/alignment-projector.module';
import {
  type GatewayUnderTest,
  startGateway,
} from '../../../apps/graphql-gateway/test/gateway-under-test';
import { OrgServiceModule } from '../../../apps/org-service/src/org-service.module';
import { PeerServiceModule } from '../../../apps/peer-service/src/peer-service.module';
import { RiskProjectorModule } from '../../../apps/risk-projector/src/risk-projector.module';
import { StrategyServiceModule } from '../../../apps/strategy-service/src/strategy-service.module';

export const SERVICE_SCHEMAS = ['org', 'peer', 'strategy'] as const;

/**
 * The whole platform in this process, on a database and a topic prefix of its own: the three
 * command services, both projectors (evaluating every second) and the gateway in front of them.
 */
export async function startPlatform() {
  const env = testEnvironment();
  const database = await createTestDatabase();
  const prefix = `${uniqueName('gateway')}.`;
  const pool = new Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined);
  const shared = { DATABASE_URL: database.url, KAFKA_TOPIC_PREFIX: prefix, LOG_LEVEL: 'error' };
  const org = await startCommandService('org-service', (v) => OrgServiceModule.forRoot(v), shared);
  const strategy = await startCommandService(
    'strategy-service',
    (v) => StrategyServiceModule.forRoot(v),
    shared,
  );
  const peer = await startCommandService(
    'peer-service',
    (v) => PeerServiceModule.forRoot(v),
    shared,
  );
  const projectorVariables = {
    ...process.env,
    ...shared,
    KAFKA_BROKERS: env.kafkaBrokers.join(','),
    SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
    REEVALUATE_INTERVAL_MS: '1000',
  };
  const projectors: NestFastifyApplication[] = [];
  for (const module of [
    RiskProjectorModule.forRoot(projectorVariables),
    AlignmentProjectorModule.forRoot(projectorVariables),
  ]) {
    const app = await createPlatformApp(module);
    await app.listen(0, '127.0.0.1');
    projectors.push(app);
  }
  const address = (service: RunningCommandService) => `127.0.0.1:${service.variables.TCP_PORT}`;
  const gateway: GatewayUnderTest = await startGateway({
    ...shared,
    LOG_LEVEL: 'warn',
    ORG_SERVICE_ADDRESS: address(org),
    PEER_SERVICE_ADDRESS: address(peer),
    STRATEGY_SERVICE_ADDRESS: address(strategy),
    CONSISTENCY_WAIT_MS: '10000',
  });
  return {
    gateway,
    pool,
    topics: Topics,
    /** Events stored for a tenant, in every service's event store. */
    async eventsOf(tenantId: string): Promise<number> {
      let total = 0;
      for (const schema of SERVICE_SCHEMAS) {
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${schema}.events WHERE metadata->>'tenantId' = $1`,
          [tenantId],
        );
        total += rows[0].n;
      }
      return total;
    },
    async stop(): Promise<void> {
      await gateway.stop();
      await Promise.all([
        ...projectors.map((app) => app.close()),
        peer.stop(),
        strategy.stop(),
        org.stop(),
      ]);
      await eventually(
        async () => {
          const { rows } = await pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          );
          expect(rows[0].n).toBe(0);
        },
        { timeoutMs: 10_000, intervalMs: 100 },
      ).catch(() => undefined);
      await pool.end();
      await database.drop();
    },
  };
}
