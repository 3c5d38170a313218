import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir, freePort, isAlive, run, waitUntil } from './process-utils';

/** Kafka 3.9.x by default (it still accepts every protocol version kafkajs may send); 4.x through KAFKA_VERSION. */
export const DEFAULT_KAFKA_VERSION = '3.9.1';
const STARTED_LINE = 'Kafka Server started';
const START_TIMEOUT_MS = 180_000;

export interface KafkaBrokerOptions {
  version?: string;
  port?: number;
  controllerPort?: number;
  dataDir?: string;
  /** Lets the broker outlive this process (`npm run kafka:start`). */
  detached?: boolean;
  /**
   * Keep the topics of an earlier start in `dataDir` (the run command, whose database outlives it
   * too). Otherwise every start formats a fresh log folder, so nothing leaks from a crashed run.
   */
  keepData?: boolean;
  log?: (line: string) => void;
}

export interface KafkaBroker {
  readonly brokers: string[];
  readonly version: string;
  readonly pid: number | undefined;
  readonly dataDir: string;
  stop(): Promise<void>;
  /** Starts again after stop(), on the same ports and with the same data. */
  restart(): Promise<void>;
  /** Stops the broker and removes its data when the folder was made here. */
  destroy(): Promise<void>;
}

export function kafkaVersion(): string {
  return process.env.KAFKA_VERSION?.trim() || DEFAULT_KAFKA_VERSION;
}

/**
 * The broker's runtime classpath, resolved from Maven Central once per version and cached
 * outside the work tree, so later runs start without touching the network.
 */
export async function ensureKafkaJars(version: string, log = defaultLog): Promise<string> {
  const libs = join(cacheDir(), 'kafka', version, 'libs');
  const complete = join(libs, '.complete');
  if (existsSync(complete)) return libs;
  log(`Downloading Apache Kafka ${version} jars from Maven Central into ${libs} (first run only)`);
  rmSync(libs, { recursive: true, force: true });
  const profile = version.startsWith('3.') ? 'kafka3' : '!kafka3,kafka4';
  await run('mvn', [
    '-q',
    '-B',
    '-f',
    join(__dirname, 'kafka', 'pom.xml'),
    `-Dkafka.version=${version}`,
    '-P',
    profile,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${libs}`,
  ]);
  writeFileSync(complete, new Date().toISOString());
  return libs;
}

export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  const version = options.version ?? kafkaVersion();
  const log = options.log ?? defaultLog;
  const libs = await ensureKafkaJars(version, log);
  const port = options.port ?? (await freePort());
  const controllerPort = options.controllerPort ?? (await freePort());
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'lp-kafka-')));
  const formatted = existsSync(join(dataDir, 'logs', 'meta.properties'));
  const keep = (options.keepData ?? false) && formatted;
  if (!keep) rmSync(join(dataDir, 'logs'), { recursive: true, force: true });
  const config = writeBrokerConfig({ version, port, controllerPort, dataDir });
  if (!keep) await format(libs, config);

  let child: ChildProcess | undefined;
  const launch = async () => {
    child = await launchBroker(
      libs,
      config,
      join(dataDir, 'broker.log'),
      options.detached ?? false,
    );
  };
  await launch();
  const brokers = [`127.0.0.1:${port}`];
  log(`Kafka ${version} (KRaft, single node) running at ${brokers[0]}, data in ${dataDir}`);
  const broker: KafkaBroker = {
    brokers,
    version,
    dataDir,
    get pid() {
      return child?.pid;
    },
    async stop() {
      if (child?.pid) await stopProcess(child.pid);
      child = undefined;
    },
    async restart() {
      if (child) throw new Error('the broker is still running');
      await launch();
    },
    async destroy() {
      await broker.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return broker;
}

function format(libs: string, config: BrokerConfig): Promise<string> {
  return run('java', [
    '-cp',
    `${libs}/*`,
    ...config.jvmLogging,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId(),
    '-c',
    config.serverProperties,
  ]);
}

interface BrokerConfig {
  serverProperties: string;
  jvmLogging: string[];
}

function writeBrokerConfig(c: {
  version: string;
  port: number;
  controllerPort: number;
  dataDir: string;
}): BrokerConfig {
  mkdirSync(join(c.dataDir, 'logs'), { recursive: true });
  const serverProperties = join(c.dataDir, 'server.properties');
  writeFileSync(
    serverProperties,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${c.controllerPort}`,
      'controller.listener.names=CONTROLLER',
      `listeners=PLAINTEXT://127.0.0.1:${c.port},CONTROLLER://127.0.0.1:${c.controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${c.port}`,
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${join(c.dataDir, 'logs')}`,
      'num.partitions=1',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
      'num.network.threads=2',
      'num.io.threads=2',
      '',
    ].join('\n'),
  );
  return { serverProperties, jvmLogging: writeLoggingConfig(c.version, c.dataDir) };
}

/** Warnings only, except the line that tells the broker is up. */
function writeLoggingConfig(version: string, dataDir: string): string[] {
  if (version.startsWith('3.')) {
    const file = join(dataDir, 'log4j.properties');
    writeFileSync(
      file,
      [
        'log4j.rootLogger=WARN, stdout',
        'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
        'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
        'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
        'log4j.logger.kafka.server.KafkaRaftServer=INFO',
        '',
      ].join('\n'),
    );
    return [`-Dlog4j.configuration=file:${file}`];
  }
  const file = join(dataDir, 'log4j2.properties');
  writeFileSync(
    file,
    [
      'rootLogger.level=WARN',
      'rootLogger.appenderRef.stdout.ref=STDOUT',
      'appender.stdout.type=Console',
      'appender.stdout.name=STDOUT',
      'appender.stdout.layout.type=PatternLayout',
      'appender.stdout.layout.pattern=[%d] %p %m (%c)%n',
      'logger.raft.name=kafka.server.KafkaRaftServer',
      'logger.raft.level=INFO',
      '',
    ].join('\n'),
  );
  return [`-Dlog4j2.configurationFile=${file}`];
}

async function launchBroker(
  libs: string,
  config: BrokerConfig,
  logFile: string,
  detached: boolean,
): Promise<ChildProcess> {
  // The broker writes straight to a file, never to a pipe of ours, so it outlives a detached parent.
  const startOffset = existsSync(logFile) ? statSync(logFile).size : 0;
  const fd = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      '-Xms256m',
      '-Xmx512m',
      ...config.jvmLogging,
      '-cp',
      `${libs}/*`,
      'kafka.Kafka',
      config.serverProperties,
    ],
    // A process group of its own: a Ctrl-C in the terminal reaches the command that started the
    // broker, which stops it after the apps that use it, not at the same moment as them.
    { stdio: ['ignore', fd, fd], detached: true },
  );
  closeSync(fd);
  if (detached) child.unref();
  else process.once('exit', () => child.kill('SIGKILL'));
  const started = await waitUntil(START_TIMEOUT_MS, () => {
    if (child.exitCode !== null)
      throw new Error(`Kafka exited with ${child.exitCode} while starting; see ${logFile}`);
    return readFrom(logFile, startOffset).includes(STARTED_LINE);
  });
  if (!started) {
    child.kill('SIGKILL');
    throw new Error(`Kafka did not start within ${START_TIMEOUT_MS} ms; see ${logFile}`);
  }
  return child;
}

function readFrom(file: string, offset: number): string {
  return readFileSync(file).subarray(offset).toString();
}

async function stopProcess(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitUntil(30_000, () => !isAlive(pid))) return;
  process.kill(pid, 'SIGKILL');
  await waitUntil(10_000, () => !isAlive(pid));
}

/** A KRaft cluster id is a UUID in 22 characters of unpadded base64url. */
function clusterId(): string {
  const id = Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
  // StorageTool would read an id starting with '-' as an option.
  return id.startsWith('-') ? clusterId() : id;
}

function defaultLog(line: string): void {
  console.log(`[kafka] ${line}`);
}
