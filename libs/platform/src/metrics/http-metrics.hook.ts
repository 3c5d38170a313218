import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { MetricsRegistry } from './metrics.registry';

// Requests Fastify routed nowhere share one label, so scanners cannot grow the label set.
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Times every request with Fastify hooks rather than a Nest interceptor, so 404s and requests
 * rejected before reaching a handler are measured too. Labelled by route pattern, not URL.
 */
@Injectable()
export class HttpMetricsHook implements OnModuleInit {
  private readonly duration;

  constructor(
    @Inject(MetricsRegistry) metrics: MetricsRegistry,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost<FastifyAdapter>,
  ) {
    this.duration = metrics.histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests, from arrival to the last byte of the response',
      labelNames: ['method', 'route', 'status_code'],
    });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance();
    if (!fastify) return;
    const startedAt = new WeakMap<object, bigint>();
    fastify.addHook('onRequest', (request, _reply, done) => {
      startedAt.set(request, process.hrtime.bigint());
      done();
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const start = startedAt.get(request);
      if (start !== undefined) {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
        this.duration.observe(
          { method: request.method, route, status_code: String(reply.statusCode) },
          seconds,
        );
      }
      done();
    });
  }
}
