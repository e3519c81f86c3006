// Builds the one HTTP server: the built app and the /v1 sync API on one port.
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.ts';
import { isAppNavigation, registerStaticApp } from './static.ts';

export interface BuiltServer {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function buildServer(config: ServerConfig): Promise<BuiltServer> {
  const app = Fastify({
    logger: process.env.LOG_LEVEL === 'silent' ? false : { level: process.env.LOG_LEVEL ?? 'info' },
    bodyLimit: 4 * 1024 * 1024,
  });

  await registerStaticApp(app, config.staticDir);

  app.setNotFoundHandler((request, reply) => {
    if (isAppNavigation(request.url, request.method)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: { code: 'not_found', message: 'No such route.' } });
  });

  return {
    app,
    async close() {
      await app.close();
    },
  };
}
