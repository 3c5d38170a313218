import { prefixTopic, Topics } from '@lib/contracts';
import { feedUpcasters, migrateEventStore, PgEventStore } from '@lib/event-store';
import { kafkaClient, KafkaJsTopicAdmin, type TopicSpec } from '@lib/kafka';
import { Pool } from 'pg';
import { createDatabase, dropDatabase, withDatabase } from '../../deploy/local/postgres';
import type { BenchEnvironment } from './bench-environment';
import {
  type AppendShape,
  createRawTable,
  oursAppending,
  rawAppending,
} from './event-store/append-contenders';
import { type LatencyReport, measureCommandPath } from './event-store/command-path';
import { emmettAppending, type EmmettSide, openEmmett } from './event-store/emmett-contender';
import {
  appendFeed,
  oursRelaying,
  producerIdsReady,
  rawProducing,
  type RelayShape,
  routedFeed,
} from './event-store/relay-contenders';
import { type Comparison, compare } from './measure';

export interface BenchConfig {
  /** Multiplies the work per round: 0.1 for a smoke run, 2 for steadier numbers. */
  scale: number;
  rounds: number;
  warmUpRounds: number;
}

type Log = (line: string) => void;

export interface BenchRun {
  log: Log;
  signal: AbortSignal;
}

/**
 * Our event store's append path and relay, each beside plain pg / plain kafkajs doing the same
 * (and the appends beside Emmett's), and the command path's latency beside a raw insert.
 */
export async function benchEventStore(
  env: BenchEnvironment,
  config: BenchConfig,
  run: BenchRun,
): Promise<{ results: Comparison[]; notes: string[] }> {
  const appends = await benchAppends(env, config, run);
  const relay = await benchRelay(env, config, run);
  return { results: [...appends.results, ...relay], notes: [commandPathNote(appends.latencies)] };
}

const COMMAND_RATE = 200;

function commandPathNote(latencies: LatencyReport[]): string {
  const [ours, raw] = latencies;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return (
    `Command path over TCP at ${COMMAND_RATE} requests/s offered, ${ours.requests} per side: ` +
    `ours (load, decide, append) p50 ${ms(ours.p50)}, p99 ${ms(ours.p99)}; ` +
    `raw insert p50 ${ms(raw.p50)}, p99 ${ms(raw.p99)}.` +
    [ours, raw]
      .filter((side) => side.failed > 0)
      .map((side) => ` ${side.side}: ${side.failed} answered with an error (${side.firstError}).`)
      .join('')
  );
}

function appendCases(scale: number): { operation: string; shape: AppendShape }[] {
  const appends = (n: number) => Math.max(1, Math.round(n * scale));
  return [
    { operation: 'append 1 event, new stream', shape: single(appends(1000), 1) },
    { operation: 'append 100 events', shape: single(appends(150), 100) },
    { operation: 'append 1000 events', shape: single(appends(30), 1000) },
    {
      operation: '16 writers, 10 events per append',
      shape: { writers: 16, appendsPerWriter: appends(75), eventsPerAppend: 10 },
    },
    {
      operation: 'append 1 event, existing stream, expected version',
      shape: { ...single(appends(1000), 1), existingStream: true },
    },
  ];
}

async function benchAppends(env: BenchEnvironment, config: BenchConfig, run: BenchRun) {
  // Room for all 16 writers at once.
  const pool = benchPool(env, 20, run.log);
  const emmett = await emmettInDatabaseOfItsOwn(env, 20);
  try {
    const schema = 'bench_append';
    await migrateEventStore(pool, schema);
    const rawTable = await createRawTable(pool, schema);
    const store = new PgEventStore(pool, { schema, upcasters: feedUpcasters });
    const results: Comparison[] = [];
    for (const { operation, shape } of appendCases(config.scale)) {
      results.push(
        await compare({
          operation,
          ...config,
          ours: oursAppending(store, shape),
          raw: rawAppending(pool, rawTable, shape),
          third: { name: 'Emmett', contender: emmettAppending(emmett.store, shape) },
          ...run,
        }),
      );
    }
    run.log('command path over TCP');
    const latencies = await measureCommandPath(
      pool,
      store,
      rawTable,
      {
        rate: COMMAND_RATE,
        requestsPerRound: Math.max(50, Math.round(1000 * config.scale)),
        streams: 100,
      },
      config.rounds,
    );
    return { results, latencies };
  } finally {
    await emmett.close();
    await pool.end();
  }
}

/** Emmett in a database beside the benchmark's, on the same server, dropped at the end. */
async function emmettInDatabaseOfItsOwn(env: BenchEnvironment, max: number): Promise<EmmettSide> {
  const database = `${new URL(env.databaseUrl).pathname.slice(1)}_emmett`;
  await createDatabase(env.databaseUrl, database);
  const emmett = await openEmmett(withDatabase(env.databaseUrl, database), max);
  return {
    store: emmett.store,
    close: async () => {
      await emmett.close();
      await dropDatabase(env.databaseUrl, database);
    },
  };
}

async function benchRelay(env: BenchEnvironment, config: BenchConfig, run: BenchRun) {
  // The relay's pool, as in a command service: its lock session, feed reads and checkpoints.
  const pool = benchPool(env, 10, run.log);
  try {
    const store = new PgEventStore(pool, { schema: 'bench_relay', upcasters: feedUpcasters });
    const spec = (topic: string): TopicSpec => ({ topic, numPartitions: 3, retentionMs: -1 });
    const shape: RelayShape = {
      brokers: env.kafkaBrokers,
      topicPrefix: env.topicPrefix,
      topics: [spec(prefixTopic(env.topicPrefix, Topics.org))],
      batchSize: 500,
      timeoutMs: 120_000,
      // Only trouble is worth a line: a relay that keeps failing would otherwise just time out.
      log: (line, error) => error && run.log(`  ${line}: ${String(error)}`),
    };
    const rawTopic = prefixTopic(`${env.topicPrefix}raw.`, Topics.org);
    await new KafkaJsTopicAdmin(
      kafkaClient({ brokers: env.kafkaBrokers, clientId: 'bench-admin' }),
    ).ensureTopics([...shape.topics, spec(rawTopic)]);
    await producerIdsReady(env.kafkaBrokers);
    await migrateEventStore(pool, store.schema);
    const events = Math.max(shape.batchSize, Math.round(20_000 * config.scale));
    run.log(`appending ${events} events for the relay`);
    await appendFeed(store, events);
    const feed = await routedFeed(store, shape, events);
    return [
      await compare({
        operation: `relay ${feed.routed.length} events to Kafka`,
        ...config,
        ours: oursRelaying(pool, store, feed, shape),
        raw: rawProducing(
          feed.routed.map((routed) => routed.message),
          rawTopic,
          shape,
        ),
        ...run,
      }),
    ];
  } finally {
    await pool.end();
  }
}

/** An idle connection that fails (the database dropped under it) must not crash the run. */
function benchPool(env: BenchEnvironment, max: number, log: Log): Pool {
  const pool = new Pool({ connectionString: env.databaseUrl, max });
  pool.on('error', (error) => log(`an idle PostgreSQL connection failed: ${error.message}`));
  return pool;
}

function single(appendsPerWriter: number, eventsPerAppend: number): AppendShape {
  return { writers: 1, appendsPerWriter, eventsPerAppend };
}
