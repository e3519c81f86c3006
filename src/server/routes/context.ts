// What every route gets: the storage boundary and the clock (passed in, so tests can move time).
import type { FastifyRequest } from 'fastify';
import { authenticate } from '../auth/authenticate.ts';
import type { Session, Storage } from '../storage/adapter.ts';
import type { Actor } from '../sync/scope.ts';

export interface RouteContext {
  storage: Storage;
  now(): number;
}

export function signIn(context: RouteContext, request: FastifyRequest): Promise<Session> {
  return authenticate(context.storage, request, context.now());
}

export function actorOf(session: Session): Actor {
  return { userId: session.user.id, deviceId: session.deviceId, teamId: session.team.id, role: session.user.role };
}
