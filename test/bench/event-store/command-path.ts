import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CommandHandler, type PgEventStore } from '@lib/event-store';
import { freePort } from '@lib/testing/command-service-harness';
import { Controller, type DynamicModule, Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ClientProxyFactory,
  MessagePattern,
  type MicroserviceOptions,
  Payload,
  Transport,
} from '@nestjs/microservices';
import type { Pool } from 'pg';
import { firstValueFrom } from 'rxjs';
import { tallyDecider } from '../../../libs/event-store/test/tally.decider';
import { median } from '../measure';

/** What the bench service's two message patterns do behind the same transport. */
abstract class CommandPathWork {
  abstract command(streamId: string, amount: number): Promise<unknown>;
  abstract raw(streamId: string, amount: number): Promise<unknown>;
}

interface Message {
  streamId: string;
  amount: number;
}

@Controller()
class CommandPathController {
  constructor(@Inject(CommandPathWork) private readonly work: CommandPathWork) {}

  @MessagePattern('AddToTally')
  add(@Payload() message: Message): Promise<unknown> {
    return this.work.command(message.streamId, message.amount);
  }

  @MessagePattern('RawInsert')
  raw(@Payload() message: Message): Promise<unknown> {
    return this.work.raw(message.streamId, message.amount);
  }
}

@Module({})
class CommandPathModule {
  static with(work: CommandPathWork): DynamicModule {
    return {
      module: CommandPathModule,
      controllers: [CommandPathController],
      providers: [{ provide: CommandPathWork, useValue: work }],
    };
  }
}

export interface CommandPathShape {
  /** Requests per second, sent on schedule whether or not replies have come. */
  rate: number;
  requestsPerRound: number;
  streams: number;
}

export interface LatencyReport {
  side: 'ours' | 'raw';
  p50: number;
  p99: number;
  requests: number;
  /** Requests answered with an error (latencies are of the others), and the first such error. */
  failed: number;
  firstError?: string;
}

/**
 * A command through Nest's TCP transport to its reply: load (the command id look-up and the
 * stream read), decide (the tally decider) and append, beside one plain insert of a row behind
 * the same transport. Both at the same fixed offered rate, in alternating rounds.
 */
export async function measureCommandPath(
  pool: Pool,
  store: PgEventStore,
  rawTable: string,
  shape: CommandPathShape,
  rounds: number,
): Promise<LatencyReport[]> {
  const handler = new CommandHandler(store);
  const work: CommandPathWork = {
    command: (streamId, amount) =>
      handler.handleCommand(tallyDecider, streamId, {
        type: 'AddToTally',
        data: { amount },
        metadata: { tenantId: 'bench', actorId: 'leader-1', commandId: randomUUID(), now: now() },
      }),
    raw: (streamId, amount) => rawInsert(pool, rawTable, streamId, amount),
  };
  const port = await freePort();
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(
    CommandPathModule.with(work),
    { transport: Transport.TCP, options: { host: '127.0.0.1', port }, logger: false },
  );
  await app.listen();
  const client = ClientProxyFactory.create({
    transport: Transport.TCP,
    options: { host: '127.0.0.1', port },
  });
  try {
    await client.connect();
    const latencies = { ours: [] as number[], raw: [] as number[] };
    const failures = { ours: [] as string[], raw: [] as string[] };
    const streams = Array.from({ length: shape.streams }, () => `tally-${randomUUID()}`);
    for (let round = -1; round < rounds; round++) {
      for (const side of round % 2 === 0
        ? (['ours', 'raw'] as const)
        : (['raw', 'ours'] as const)) {
        const pattern = side === 'ours' ? 'AddToTally' : 'RawInsert';
        const taken = await offered(shape, (i) =>
          firstValueFrom(
            client.send(pattern, { streamId: streams[i % streams.length], amount: 1 }),
          ),
        );
        if (round >= 0) latencies[side].push(...taken.latencies);
        if (round >= 0) failures[side].push(...taken.failures);
      }
    }
    return (['ours', 'raw'] as const).map((side) => report(side, latencies[side], failures[side]));
  } finally {
    await client.close();
    await app.close();
  }
}

/** Open loop: request i leaves at i / rate seconds, so a slow reply delays no other request. */
async function offered(
  shape: CommandPathShape,
  send: (i: number) => Promise<unknown>,
): Promise<{ latencies: number[]; failures: string[] }> {
  const started = performance.now();
  const pending: Promise<number | Error>[] = [];
  for (let i = 0; i < shape.requestsPerRound; i++) {
    const due = started + (i * 1000) / shape.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    // An error reply (a command that lost its retries on a machine too busy) is counted, not fatal.
    pending.push(
      send(i).then(
        () => performance.now() - sent,
        (error: unknown) => new Error(JSON.stringify(error)),
      ),
    );
  }
  const settled = await Promise.all(pending);
  return {
    latencies: settled.filter((r): r is number => typeof r === 'number'),
    failures: settled.filter((r): r is Error => r instanceof Error).map((e) => e.message),
  };
}

function report(side: 'ours' | 'raw', latencies: number[], failures: string[]): LatencyReport {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
  return {
    side,
    p50: median(sorted),
    p99,
    requests: sorted.length + failures.length,
    failed: failures.length,
    ...(failures.length > 0 ? { firstError: failures[0] } : {}),
  };
}

function rawInsert(pool: Pool, table: string, streamId: string, amount: number) {
  return pool.query(
    `INSERT INTO ${table} (stream_id, tenant_id, stream_version, event_id, type, schema_version,
       data, metadata, command_id, occurred_at)
     VALUES ($1, 'bench', 0, $2, 'TallyIncreased', 1, $3, '{}', $4, now())`,
    [streamId, randomUUID(), JSON.stringify({ amount, at: now() }), randomUUID()],
  );
}

function now(): string {
  return new Date().toISOString();
}
