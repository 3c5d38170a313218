import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaVersion, startKafkaBroker } from './kafka';
import { cacheDir, isAlive, waitUntil } from './process-utils';

/** `npm run kafka:start` / `npm run kafka:stop`: a broker that outlives the command, for manual work. */
interface RunningBroker {
  pid: number;
  brokers: string[];
  version: string;
  dataDir: string;
}

const stateFile = join(cacheDir(), 'kafka', 'running.json');

async function start(): Promise<void> {
  const running = readState();
  if (running && isAlive(running.pid)) {
    console.log(
      `Kafka ${running.version} is already running at ${running.brokers.join(',')} (pid ${running.pid}); stop it with: npm run kafka:stop`,
    );
    return;
  }
  const port = Number(process.env.KAFKA_PORT ?? 9092);
  const broker = await startKafkaBroker({
    version: kafkaVersion(),
    port,
    detached: true,
    dataDir: join(cacheDir(), 'kafka', 'data', kafkaVersion()),
  });
  mkdirSync(join(cacheDir(), 'kafka'), { recursive: true });
  writeFileSync(
    stateFile,
    JSON.stringify({
      pid: broker.pid,
      brokers: broker.brokers,
      version: broker.version,
      dataDir: broker.dataDir,
    }),
  );
  console.log(
    `Kafka ${broker.version} is running at ${broker.brokers.join(',')} (pid ${broker.pid}).`,
  );
  console.log(`Use it with: export KAFKA_BROKERS=${broker.brokers.join(',')}`);
  console.log('Stop it with: npm run kafka:stop');
}

async function stop(): Promise<void> {
  const running = readState();
  if (!running || !isAlive(running.pid)) {
    console.log('No Kafka broker started by kafka:start is running.');
    rmSync(stateFile, { force: true });
    return;
  }
  process.kill(running.pid, 'SIGTERM');
  if (!(await waitUntil(30_000, () => !isAlive(running.pid)))) process.kill(running.pid, 'SIGKILL');
  rmSync(running.dataDir, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
  console.log(`Kafka at ${running.brokers.join(',')} stopped.`);
}

function readState(): RunningBroker | undefined {
  return existsSync(stateFile)
    ? (JSON.parse(readFileSync(stateFile, 'utf8')) as RunningBroker)
    : undefined;
}

const command = process.argv[2];
const action = command === 'start' ? start : command === 'stop' ? stop : undefined;
if (!action) {
  console.error('usage: kafka.cli.ts start|stop');
  process.exit(2);
}
action().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
