// A team's private app: no answer of this endpoint belongs in a search engine, whatever
// a crawler makes of robots.txt (public/robots.txt says the same).
import type { FastifyInstance } from 'fastify';

export function keepOutOfSearchEngines(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('x-robots-tag', 'noindex, nofollow');
  });
}
