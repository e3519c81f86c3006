// `authorization: Bearer <token>` -> the calling device's session, or 401. Looked up on
// every request, so a logged-out or revoked token is refused at once.
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../http/api-error.ts';
import type { Session, Storage } from '../storage/adapter.ts';
import { secretHash } from './secrets.ts';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export async function authenticate(storage: Storage, request: FastifyRequest, nowMs: number): Promise<Session> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_\-.~+/]+=*)$/i.exec(header.trim()) : null;
  if (!match?.[1]) throw unauthorized();
  const session = await storage.findSession(secretHash(match[1]));
  if (!session) throw unauthorized();
  // "Last seen" helps a coordinator spot a lost phone; written at most every few minutes.
  if (session.deviceLastSeenAt === null || nowMs - session.deviceLastSeenAt > TOUCH_EVERY_MS) {
    await storage.touchDevice(session.deviceId, nowMs);
  }
  return session;
}
