// What every route gets: the storage boundary and the clock (passed in, so tests can move time).
import type { FastifyRequest } from 'fastify';
import { authenticate } from '../auth/authenticate.ts';
import type { AuthResponse } from '../../domain/protocol.ts';
import type { Session, Storage, User } from '../storage/adapter.ts';
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

/** A user as their own device sees them after signing in: `{id, name, role}` exactly as the
 * protocol writes it (the login name is their own); the display name comes with GET /v1/users. */
export function ownUser(user: User): AuthResponse['user'] {
  return { id: user.id, name: user.name, role: user.role };
}
