// GET /healthz (the process runs) and GET /readyz (the database answers).
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../http/api-error.ts';
import { appVersion } from '../version.ts';
import type { RouteContext } from './context.ts';

export function healthRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/healthz', async (_request, reply) => {
    return reply.header('cache-control', 'no-store').send({ ok: true, version: appVersion });
  });

  app.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await context.storage.ping();
      return reply.send({ ok: true, version: appVersion });
    } catch (error) {
      request.log.error({ err: error }, 'database does not answer');
      return reply.code(503).send(errorBody('service_unavailable', 'The database does not answer.'));
    }
  });
}
