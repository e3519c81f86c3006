// The members of a team (SYNC-PROTOCOL.md, Members): GET /v1/users for any member,
// PATCH /v1/users/me for one's own name and password, and for coordinators PATCH
// /v1/users/{id} (role, active) and POST /v1/users/{id}/reset (a single-use reset code).
// Teammates see display names, never login names.
import type { FastifyInstance } from 'fastify';
import {
  memberChangeSchema,
  ownUserChangeSchema,
  RESET_CODE_LIFETIME_MS,
  type ResetCodeResponse,
  type TeamUser,
  type UsersResponse,
} from '../../domain/protocol.ts';
import { addressLimit, countAttempt, usernameLimit } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { newCode, secretHash } from '../auth/secrets.ts';
import { forbidden, notFound, parseShape, unauthorized } from '../http/api-error.ts';
import type { Session, User } from '../storage/adapter.ts';
import { signIn, type RouteContext } from './context.ts';

function toWireUser(user: User): TeamUser {
  return { id: user.id, role: user.role, displayName: user.displayName, active: user.active };
}

function requireCoordinator(session: Session): void {
  if (session.user.role !== 'coordinator') throw forbidden('Only coordinators manage members.');
}

export function userRoutes(app: FastifyInstance, context: RouteContext): void {
  const { storage } = context;

  app.get('/v1/users', async (request) => {
    const session = await signIn(context, request);
    const users = await storage.listUsers(session.team.id);
    const answer: UsersResponse = { users: users.map(toWireUser) };
    return answer;
  });

  // A wrong current password is a failed sign-in: 401, counted like one (and limited like one).
  app.patch('/v1/users/me', async (request) => {
    const body = parseShape(ownUserChangeSchema, request.body);
    const session = await signIn(context, request);
    const at = context.now();
    let passwordHash: string | undefined;
    if (body.password) {
      const own = await storage.findCredentials(session.user.id);
      if (!own) throw unauthorized();
      const byUsername = usernameLimit(own.usernameKey);
      // Counted before the password is checked, like a sign-in.
      const attempt = await countAttempt(storage, [byUsername, addressLimit(request.ip)], at);
      if (!(await verifyPassword(body.password.current, own.passwordHash))) {
        const who = { teamId: session.team.id, userId: session.user.id, deviceId: session.deviceId };
        await storage.addAudit({ ...who, at, action: 'login_failed', recordId: null, type: null, caseId: null });
        throw unauthorized('The current password is wrong.');
      }
      passwordHash = await hashPassword(body.password.new);
      await attempt.succeeded();
      await storage.clearLoginFailures(byUsername.key);
    }
    const user = await storage.changeOwnUser({
      userId: session.user.id,
      ...(body.displayName === undefined ? {} : { displayName: body.displayName }),
      ...(passwordHash === undefined ? {} : { passwordHash }),
      actor: { userId: session.user.id, deviceId: session.deviceId },
      at,
    });
    return toWireUser(user);
  });

  app.patch<{ Params: { id: string } }>('/v1/users/:id', async (request) => {
    const body = parseShape(memberChangeSchema, request.body);
    const session = await signIn(context, request);
    requireCoordinator(session);
    const outcome = await storage.changeMember({
      teamId: session.team.id,
      userId: request.params.id,
      ...(body.role === undefined ? {} : { role: body.role }),
      ...(body.active === undefined ? {} : { active: body.active }),
      actor: { userId: session.user.id, deviceId: session.deviceId },
      at: context.now(),
    });
    if (outcome.status === 'not_found') throw notFound('There is no such member in your team.');
    if (outcome.status === 'last_coordinator') {
      throw forbidden('A team always keeps one active coordinator: make someone else coordinator first.');
    }
    return toWireUser(outcome.user);
  });

  app.post<{ Params: { id: string } }>('/v1/users/:id/reset', async (request, reply) => {
    const session = await signIn(context, request);
    requireCoordinator(session);
    const member = await storage.findCredentials(request.params.id);
    if (!member || member.user.teamId !== session.team.id) throw notFound('There is no such member in your team.');
    if (!member.user.active) throw forbidden('Reactivate this member before giving them a reset code.');
    const code = newCode();
    const at = context.now();
    const expiresAt = at + RESET_CODE_LIFETIME_MS;
    const by = { userId: session.user.id, deviceId: session.deviceId };
    await storage.createResetCode({ codeHash: secretHash(code), teamId: session.team.id, userId: member.user.id, by, at, expiresAt });
    const answer: ResetCodeResponse = { code, expiresAt: new Date(expiresAt).toISOString() };
    return reply.code(201).send(answer);
  });
}
