import { writeSync } from 'node:fs';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ConfigurationError } from '../config/configuration.error';
import { loadEnvironment } from '../config/environment.loader';
import type { PlatformEnvironment } from '../config/platform.environment';
import { exitGracefullyOnSignals } from './graceful-shutdown';
import { MessageServer } from './message-server';
import { createPlatformFastifyAdapter } from './platform-fastify.adapter';
import type { PlatformOptions } from './platform.options';

export type AppModule = Type<unknown> | DynamicModule;

/**
 * Starts an app whose module imports PlatformModule.forRoot(options): validates the
 * environment first (exit 1 with every problem on stderr), then serves on HOST:PORT and
 * shuts down gracefully on SIGTERM/SIGINT. Any start-up failure exits 1.
 */
export async function bootstrapApp<E extends PlatformEnvironment>(
  appModule: AppModule,
  options: PlatformOptions<E>,
): Promise<NestFastifyApplication> {
  const environment = environmentOrExit(options);
  try {
    const app = await createPlatformApp(appModule);
    exitGracefullyOnSignals(app, environment.SHUTDOWN_TIMEOUT_MS);
    const tcpPort = options.tcpPort?.(environment);
    if (tcpPort !== undefined) await listenForMessages(app, environment.HOST, tcpPort);
    await app.listen(environment.PORT, environment.HOST);
    app.get(Logger).log(`${options.serviceName} listening on ${await app.getUrl()}`, 'Bootstrap');
    return app;
  } catch (error) {
    return exitWith(`${options.serviceName} failed to start: ${describe(error)}`);
  }
}

/**
 * The Nest application every app runs, not yet listening: Fastify with correlation ids, pino
 * logging from the first line on. Tests use it to run an app in-process.
 */
export async function createPlatformApp(appModule: AppModule): Promise<NestFastifyApplication> {
  const adapter = createPlatformFastifyAdapter();
  const app = await NestFactory.create<NestFastifyApplication>(appModule, adapter, {
    // Held back until the pino logger is in place, so even Nest's first lines are JSON.
    bufferLogs: true,
    // Nest would otherwise abort() on a wiring error, which dumps core instead of reporting.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  return app;
}

/**
 * Commands arrive over Nest's TCP transport, beside the HTTP endpoints (health, metrics); an
 * unknown command is answered NOT_FOUND (MessageServer).
 */
export async function listenForMessages(
  app: NestFastifyApplication,
  host: string,
  port: number,
): Promise<void> {
  app.connectMicroservice<MicroserviceOptions>(
    { strategy: new MessageServer({ host, port }) },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  app.get(Logger).log(`accepting commands over TCP on ${host}:${port}`, 'Bootstrap');
}

// Validated before Nest starts, so a misconfigured process prints only what to fix.
function environmentOrExit<E extends PlatformEnvironment>(options: PlatformOptions<E>): E {
  try {
    return loadEnvironment(options.environment, options.variables);
  } catch (error) {
    if (error instanceof ConfigurationError) return exitWith(error.message);
    throw error;
  }
}

function exitWith(message: string): never {
  // Synchronous, so the message is written before the process ends.
  writeSync(process.stderr.fd, `${message}\n`);
  process.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
