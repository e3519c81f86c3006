// Security headers on every response, the app's and the API's alike. The CSP allows
// nothing but this origin: no third-party requests at all (ARCHITECTURE.md, Privacy).
// The API answers CORS for any origin because the app may be pointed at another
// endpoint; it authenticates with a bearer token, never a cookie, so `*` exposes nothing.
import type { FastifyInstance } from 'fastify';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
  'cross-origin-opener-policy': 'same-origin',
};

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-protocol-version',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
};

export function isApiPath(url: string): boolean {
  return url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?');
}

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (isApiPath(request.url)) {
      reply.headers({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' });
      // API answers hold team data: never keep them in a shared or browser cache.
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  // CORS preflight for the API (no authentication, no protocol version needed).
  app.options('/v1/*', async (_request, reply) => {
    return reply.code(204).headers(CORS_HEADERS).send();
  });
}
