// Builds the one HTTP server: the built app and the /v1 sync API on one port.
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_BODY_BYTES } from '../domain/protocol.ts';
import type { ServerConfig } from './config.ts';
import { errorBody } from './http/api-error.ts';
import { answerClientError, answerRouterError } from './http/client-errors.ts';
import { closeConnectionsWhenShuttingDown } from './http/close-after-shutdown.ts';
import { compressApiAnswers } from './http/compression.ts';
import { handleErrors } from './http/error-handler.ts';
import { acceptJsonBodiesOnly } from './http/json-body.ts';
import { loggerOptions } from './http/logging.ts';
import { keepOutOfSearchEngines } from './http/no-indexing.ts';
import { requireProtocolVersion } from './http/protocol-version.ts';
import { addSecurityHeaders } from './http/security-headers.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import type { RouteContext } from './routes/context.ts';
import { deviceRoutes } from './routes/devices.ts';
import { healthRoutes } from './routes/health.ts';
import { inviteRoutes } from './routes/invites.ts';
import { reportRoutes } from './routes/reports.ts';
import { setupRoutes } from './routes/setup.ts';
import { syncRoutes } from './routes/sync.ts';
import { userRoutes } from './routes/users.ts';
import { isAppNavigation, registerStaticApp } from './static.ts';
import type { Storage } from './storage/adapter.ts';
import { openStorage } from './storage/open-storage.ts';

export interface BuiltServer {
  app: FastifyInstance;
  storage: Storage;
  /** Finishes requests in flight (within `shutdownGraceMs`), then closes the database. */
  close(): Promise<void>;
}

export interface BuildOptions {
  /** An already open storage (else opened from the config); closed with the server. */
  storage?: Storage;
  /** The endpoint's clock; tests move it to check expiry and limits. */
  now?: () => number;
  /** Where log lines go (default stdout); tests read them to check nothing personal is logged. */
  logStream?: { write(line: string): void };
}

export async function buildServer(config: ServerConfig, options: BuildOptions = {}): Promise<BuiltServer> {
  const storage = options.storage ?? (await openStorage(config));
  const app: FastifyInstance = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: MAX_BODY_BYTES,
    // A body that has not arrived in full within the time is answered 408 and closed;
    // Node checks its connections for that every second (its default is 30 s).
    requestTimeout: config.requestTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(config.requestTimeoutMs / 4))),
    },
    // Called only once the server listens, when `app` exists.
    clientErrorHandler: (error, socket) => answerClientError(app.log, error, socket),
    frameworkErrors: answerRouterError,
    // A number of hops: trust only the proxies nearest to us (fastify's own hop count,
    // spelled as a function because its types omit the number form).
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
  });
  const context: RouteContext = { storage, now: options.now ?? Date.now };

  acceptJsonBodiesOnly(app);
  addSecurityHeaders(app);
  closeConnectionsWhenShuttingDown(app);
  requireProtocolVersion(app);
  handleErrors(app);
  keepOutOfSearchEngines(app);
  // Last of the onSend hooks: it compresses the body the others have finished.
  compressApiAnswers(app);

  await registerStaticApp(app, config.staticDir);
  healthRoutes(app, context);
  setupRoutes(app, context);
  authRoutes(app, context);
  inviteRoutes(app, context);
  deviceRoutes(app, context);
  userRoutes(app, context);
  syncRoutes(app, context);
  auditRoutes(app, context);
  reportRoutes(app, context);

  app.setNotFoundHandler((request, reply) => {
    if (isAppNavigation(request.url, request.method) && typeof reply.sendFile === 'function') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('not_found', 'There is nothing at this address.'));
  });

  return {
    app,
    storage,
    async close() {
      // Requests in flight may finish within the grace period; then their connections are
      // cut. A push cut this way either committed whole or not at all (one transaction),
      // and the device sends it again: the mutation numbers make that safe.
      const cutOff = setTimeout(() => app.server.closeAllConnections(), config.shutdownGraceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(cutOff);
      }
      await storage.close();
    },
  };
}
