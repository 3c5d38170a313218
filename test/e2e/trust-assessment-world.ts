import { randomBytes, randomUUID } from 'node:crypto';
import { type Principal } from '@lib/auth';
import { type CommandReply } from '@lib/command-transport';
import { prefixTopic, Topics } from '@lib/contracts';
import { createPlatformApp } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import {
  createTopics,
  division,
  eventually,
  leader,
  OrgFeed,
  testEnvironment,
  uniqueName,
} from '@lib/testing';
import {
  createTestDatabase,
  ignoreTerminatedConnections,
  principal,
  type RunningCommandService,
  startCommandService,
  TEST_SERVICE_SECRET,
} from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { AssessmentProjectorModule } from '../../apps/assessment-projector/src/assessment-projector.module';
import { ASSESSMENT_SCHEMA } from '../../apps/assessment-service/src/assessment-service.options';
import { AssessmentServiceModule } from '../../apps/assessment-service/src/assessment-service.module';

export interface AssessmentWorld {
  tenant: string;
  assessmentTopic: string;
  pool: Pool;
  service: RunningCommandService;
  as(leaderId: string, ...roles: Principal['roles']): Principal;
  send(type: string, input: unknown, who: Principal, commandId?: string): Promise<CommandReply>;
  stop(): Promise<void>;
}

/**
 * An assessment service and the assessment projector on one database and topics of their own,
 * the service's org directory already knowing `people` (division id by leader id).
 */
export async function startAssessmentWorld(
  name: string,
  people: Readonly<Record<string, string>>,
): Promise<AssessmentWorld> {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const topicPrefix = `${uniqueName(name)}.`;
  const orgTopic = prefixTopic(topicPrefix, Topics.org);
  const assessmentTopic = prefixTopic(topicPrefix, Topics.assessment);
  const { kafkaBrokers } = testEnvironment();
  const database = await createTestDatabase();
  const pool = new Pool({ connectionString: database.url, max: 2 });
  await createTopics(kafkaBrokers, [
    { topic: orgTopic, numPartitions: 1 },
    { topic: assessmentTopic, numPartitions: 3 },
    { topic: `${topicPrefix}leadership.projections.assessment.dlq`, numPartitions: 1 },
  ]);
  const variables = {
    DATABASE_URL: database.url,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    RATER_KEY_WRAPPING_KEY: randomBytes(32).toString('base64'),
  };
  const service = await startCommandService(
    'assessment-service',
    (all) => AssessmentServiceModule.forRoot(all),
    variables,
  );
  const projector = await startProjector(variables);
  ignoreTerminatedConnections(pool, service.app.get(Pool), projector.get(Pool));
  await publishOrganisation(kafkaBrokers, orgTopic, tenant, people);
  const directory = new OrgDirectory(pool, ASSESSMENT_SCHEMA);
  const last = Object.keys(people).at(-1)!;
  await eventually(async () => expect(await directory.leader(tenant, last)).toBeDefined(), {
    timeoutMs: 45_000,
  });
  return {
    tenant,
    assessmentTopic,
    pool,
    service,
    as: (leaderId, ...roles) => principal(tenant, leaderId, ...roles),
    send: (type, input, who, commandId = randomUUID()) =>
      service.client.send(type, { commandId, principal: who, input }),
    stop: async () => {
      await service.stop();
      await projector.close();
      await pool.end();
      await database.drop();
    },
  };
}

async function startProjector(variables: NodeJS.ProcessEnv): Promise<NestFastifyApplication> {
  const app = await createPlatformApp(
    AssessmentProjectorModule.forRoot({
      ...process.env,
      ...variables,
      KAFKA_BROKERS: testEnvironment().kafkaBrokers.join(','),
      SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
      LOG_LEVEL: 'warn',
    }),
  );
  await app.listen(0, '127.0.0.1');
  return app;
}

async function publishOrganisation(
  brokers: string[],
  topic: string,
  tenant: string,
  people: Readonly<Record<string, string>>,
): Promise<void> {
  const org = await OrgFeed.connect(brokers, topic, tenant);
  const divisions = [...new Set(Object.values(people))];
  await org.publish(
    ...divisions.map((id) => division(id)),
    ...Object.entries(people).map(([id, divisionId]) => leader(id, divisionId)),
  );
  await org.disconnect();
}

export { rejection } from '@lib/testing/command-service-harness';
