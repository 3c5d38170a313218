import type { IncomingMessage } from 'node:http';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { CORRELATION_ID_HEADER, resolveCorrelationId } from '../logging/correlation-id.resolver';

/**
 * Fastify whose request id is the request's correlation id, echoed in the response. It must be
 * Fastify's own id: the logging middleware runs after Fastify has copied its id onto the raw
 * request, and takes that id rather than generating one.
 */
export function createPlatformFastifyAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({
    genReqId: (request: IncomingMessage) =>
      resolveCorrelationId(request.headers[CORRELATION_ID_HEADER]),
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(CORRELATION_ID_HEADER, request.id);
    done();
  });
  return adapter;
}
