import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { stdTimeFunctions, type LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { CORRELATION_ID_KEY } from './correlation.context';

// Probes and scrapes arrive every few seconds; logging each would drown the useful lines.
const UNLOGGED_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/** pino-http options: JSON lines, one correlation id per request, no credentials in logs. */
export function loggerOptions(level: LevelWithSilent, serviceName: string): Options {
  return {
    level,
    base: { service: serviceName, pid: process.pid, hostname: hostname() },
    timestamp: stdTimeFunctions.isoTime,
    // The request id is the correlation id Fastify assigned (see platform-fastify.adapter.ts);
    // only it, not the whole request, is bound to every line logged while handling the request.
    quietReqLogger: true,
    customAttributeKeys: { reqId: CORRELATION_ID_KEY },
    customLogLevel: levelForStatus,
    autoLogging: { ignore: (request) => UNLOGGED_PATHS.has(pathOf(request)) },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
}

function levelForStatus(
  _request: IncomingMessage,
  response: ServerResponse,
  error?: Error,
): LevelWithSilent {
  if (error || response.statusCode >= 500) return 'error';
  return response.statusCode >= 400 ? 'warn' : 'info';
}

// Nest's Fastify middleware rewrites `url` relative to the middleware's mount path.
function pathOf(request: IncomingMessage & { originalUrl?: string }): string {
  return (request.originalUrl ?? request.url ?? '').split('?', 1)[0];
}
