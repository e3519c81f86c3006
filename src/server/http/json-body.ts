// Bodies are JSON only (SYNC-PROTOCOL.md, Endpoints). Every other content type gets 415
// from fastify because no other parser is registered; a body over the limit gets 413
// before it is read. An empty body counts as no body (e.g. a logout with a content type).
import type { FastifyInstance } from 'fastify';
import { MAX_BODY_BYTES } from '../../domain/protocol.ts';

export function acceptJsonBodiesOnly(app: FastifyInstance): void {
  // fastify's own parser keeps its protection against __proto__ / constructor poisoning.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
