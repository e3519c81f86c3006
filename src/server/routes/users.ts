// GET /v1/users: every member of the caller's team with their role, for any signed-in
// member: devices show who is in the team and in which role. Only id and role leave the
// endpoint: `name` is the login name (see usersResponseSchema). Another team is never visible.
import type { FastifyInstance } from 'fastify';
import type { UsersResponse } from '../../domain/protocol.ts';
import type { User } from '../storage/adapter.ts';
import { signIn, type RouteContext } from './context.ts';

function toWireUser(user: User): UsersResponse['users'][number] {
  return { id: user.id, role: user.role };
}

export function userRoutes(app: FastifyInstance, context: RouteContext): void {
  const { storage } = context;

  app.get('/v1/users', async (request) => {
    const session = await signIn(context, request);
    const users = await storage.listUsers(session.team.id);
    const answer: UsersResponse = { users: users.map(toWireUser) };
    return answer;
  });
}
