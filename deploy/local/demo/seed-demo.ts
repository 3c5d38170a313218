import { createHash } from 'node:crypto';
import { ServiceCredentials } from '@lib/auth';
import { CommandClient, CommandRejected, type CommandService } from '@lib/command-transport';
import { prefixTopic, Topics } from '@lib/contracts';
import { waitUntil } from '../process-utils';
import { demoStory, STORY_VERSION, storyStartFor } from './demo-story';
import { FeedBarrier } from './feed-barrier';
import { type CommandServiceAddress, SeedClocks } from './seed-clocks';
import { SeedProgress } from './seed-progress';
import { SeedRecords } from './seed-record';
import { DEMO_TENANT, type SeedStep } from './story-builder';
import { DEMO_DIVISIONS, DEMO_LEADERS } from './organisation';

export interface SeedTarget {
  services: CommandServiceAddress[];
  secret: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix?: string;
}

export interface SeedOutcome {
  storyVersion: number;
  startsAt: Date;
  commands: number;
  alreadySeeded: boolean;
}

/**
 * Tells the demo story through the command services' own TCP command API, with their clocks set
 * to each command's business time. A database seeded before answers at once; one whose seed was
 * interrupted is told the whole story again, each command answered from its first run.
 */
export async function seedDemoOrganisation(target: SeedTarget): Promise<SeedOutcome> {
  const records = new SeedRecords(target.databaseUrl);
  const record = await records.begin(STORY_VERSION, storyStartFor(new Date()));
  const outcome = { storyVersion: record.storyVersion, startsAt: record.startsAt, commands: 0 };
  if (record.completedAt || record.storyVersion !== STORY_VERSION) {
    return { ...outcome, alreadySeeded: true };
  }
  const steps = demoStory(record.startsAt);
  const credentials = new ServiceCredentials(target.secret);
  const clocks = new SeedClocks(target.services, credentials);
  const barrier = await FeedBarrier.open(target.kafkaBrokers, feedDependencies(target.topicPrefix));
  const clients = commandClients(target.services, credentials);
  const progress = new SeedProgress(steps.length);
  try {
    for (const [index, step] of steps.entries()) {
      await clocks.set(step.at);
      await barrier.before(step.service);
      const events = await sendOnce(clients.get(step.service), step, index);
      barrier.appended(step.service, events);
      progress.update(index + 1, step.at);
    }
    await records.complete();
    return { ...outcome, commands: steps.length, alreadySeeded: false };
  } finally {
    progress.stop();
    await clocks.release().catch(() => undefined);
    await barrier.close();
    await Promise.all([...clients.values()].map((client) => client.close()));
  }
}

export const DEMO_SIZE = { divisions: DEMO_DIVISIONS.length, leaders: DEMO_LEADERS.length };
export { DEMO_TENANT };

function feedDependencies(topicPrefix = '') {
  const topic = (name: keyof typeof Topics) => prefixTopic(topicPrefix, Topics[name]);
  return {
    publishes: {
      'org-service': topic('org'),
      'peer-service': topic('peer'),
      'strategy-service': topic('strategy'),
      'assessment-service': topic('assessment'),
    },
    follows: {
      'peer-service': [topic('org'), topic('strategy')],
      'strategy-service': [topic('org')],
      'assessment-service': [topic('org')],
    },
    groupPrefix: topicPrefix,
  };
}

function commandClients(services: CommandServiceAddress[], credentials: ServiceCredentials) {
  const clients = new Map<CommandService, CommandClient>();
  for (const { app, tcpPort } of services) {
    clients.set(
      app as CommandService,
      new CommandClient(
        { service: app, host: '127.0.0.1', port: tcpPort },
        credentials,
        'demo-seed',
      ),
    );
  }
  return {
    get(service: CommandService): CommandClient {
      const client = clients.get(service);
      if (!client) throw new Error(`the demo needs ${service}, which is not running`);
      return client;
    },
    values: () => clients.values(),
  };
}

/**
 * Sends one step with a command id derived from the story, so a second telling is answered from
 * the first. Answers how many events it appended (none when answered from before).
 */
async function sendOnce(client: CommandClient, step: SeedStep, index: number): Promise<number> {
  const commandId = `demo:${step.type}:${createHash('sha256')
    .update(JSON.stringify([STORY_VERSION, index, step.type, step.input]))
    .digest('hex')
    .slice(0, 32)}`;
  let lastError: unknown;
  let appended = 0;
  const sent = await waitUntil(
    30_000,
    async () => {
      try {
        const reply = await client.send(step.type, {
          commandId,
          principal: step.actor,
          input: step.input,
        });
        appended = reply.replayed ? 0 : reply.events.length;
        return true;
      } catch (error) {
        lastError = error;
        if (error instanceof CommandRejected && mayBeCatchingUp(error)) return false;
        throw error;
      }
    },
    250,
  );
  if (!sent) throw lastError;
  return appended;
}

// The barrier waits for the feeds, so this only covers a consumer restarting mid-seed.
function mayBeCatchingUp({ error }: CommandRejected): boolean {
  return (
    error.code === 'NOT_FOUND' ||
    (error.code === 'RULE_VIOLATED' && /UNKNOWN/.test(error.rule ?? ''))
  );
}
