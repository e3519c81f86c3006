// GET /v1/audit (coordinators): who did what to which record, and logins, invites and
// revocations. Never a field value.
import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditResponse } from '../../domain/protocol.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { forbidden, parseShape } from '../http/api-error.ts';
import type { StoredAuditEntry } from '../storage/adapter.ts';
import { signIn, type RouteContext } from './context.ts';

function toWireEntry(entry: StoredAuditEntry): AuditResponse['entries'][number] {
  return {
    at: new Date(entry.at).toISOString(),
    userId: entry.userId,
    deviceId: entry.deviceId,
    action: entry.action,
    recordId: entry.recordId,
    type: entry.type as AuditResponse['entries'][number]['type'],
    caseId: entry.caseId,
    ...(entry.memberId ? { memberId: entry.memberId } : {}),
  };
}

export function auditRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/v1/audit', async (request) => {
    const query = parseShape(auditQuerySchema, request.query, 'The query');
    const session = await signIn(context, request);
    if (session.user.role !== 'coordinator') throw forbidden('Only coordinators read the audit log.');
    const afterId = decodeCursor('audit', session.team.id, query.cursor);
    const page = await context.storage.listAudit({ teamId: session.team.id, afterId, limit: query.limit + 1 });
    const more = page.length > query.limit;
    const entries = more ? page.slice(0, query.limit) : page;
    const answer: AuditResponse = {
      entries: entries.map(toWireEntry),
      cursor: encodeCursor('audit', session.team.id, entries.at(-1)?.id ?? afterId),
      more,
    };
    return answer;
  });
}
