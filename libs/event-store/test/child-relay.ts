import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RelayHarness } from './relay-harness';

export interface RelayLine {
  event: 'active' | 'acknowledged';
  pid: number;
  count?: number;
}

/** A relay process (test/relay-process.ts) and what it said so far. */
export class ChildRelay {
  readonly lines: RelayLine[] = [];
  readonly process: ChildProcess;
  readonly exited: Promise<NodeJS.Signals | number | null>;

  constructor(harness: RelayHarness, env: Record<string, string> = {}) {
    this.process = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'relay-process.ts')],
      {
        env: {
          ...process.env,
          DATABASE_URL: harness.env.databaseUrl,
          KAFKA_BROKERS: harness.env.kafkaBrokers.join(','),
          RELAY_SCHEMA: harness.schema,
          RELAY_TOPIC_PREFIX: harness.topicPrefix,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      if (line.startsWith('{')) this.lines.push(JSON.parse(line) as RelayLine);
    });
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => resolve(signal ?? code)),
    );
  }

  said(event: RelayLine['event']): boolean {
    return this.lines.some((line) => line.event === event);
  }

  kill(): Promise<unknown> {
    this.process.kill('SIGKILL');
    return this.exited;
  }
}
