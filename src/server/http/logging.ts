// Structured logs (pino, through fastify) with no personal data and no secrets: requests
// are logged by method, route and status only. No addresses, no query strings (cursors),
// no headers, no bodies, no usernames; authorization headers are redacted in case any
// code ever logs a request by mistake.
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'authorization', 'token', 'password'],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; url: string; routeOptions?: { url?: string } }) {
        // The route pattern (e.g. /v1/devices/:id), not the URL: no ids, no query string.
        return { method: request.method, route: request.routeOptions?.url ?? request.url.split('?')[0] };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
