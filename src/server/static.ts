// Serves the built app. Every path that is not a file and not the API gets index.html,
// so deep links such as /cases/123 work on first load (the service worker handles them
// offline afterwards). Text files go out as the build's brotli or gzip copies (made by
// vite.config.ts) to a client that accepts them, with Vary: Accept-Encoding.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export async function registerStaticApp(app: FastifyInstance, staticDir: string): Promise<void> {
  const indexFile = path.join(staticDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ staticDir }, 'no built app found; run "npm run build" first');
    return;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders(res, filePath) {
      // The service worker and the HTML must never be served stale, or updates stall.
      // `filePath` may be a compressed copy (sw.js.br): its caching is the file's own.
      const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
      if (name === 'sw.js' || name.endsWith('.html') || name.endsWith('.webmanifest')) {
        res.header('cache-control', 'no-cache');
      } else if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });
}

export function isAppNavigation(url: string, method: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/v1/') && url !== '/v1';
}
