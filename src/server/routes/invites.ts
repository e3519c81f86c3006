// POST /v1/invites (coordinator) and /v1/invites/accept: single-use codes, valid 72 hours.
import type { FastifyInstance } from 'fastify';
import {
  INVITE_LIFETIME_MS,
  inviteAcceptRequestSchema,
  inviteRequestSchema,
  type AuthResponse,
  type InviteResponse,
} from '../../domain/protocol.ts';
import { newAccount } from '../auth/accounts.ts';
import { addressLimit, countAttempt } from '../auth/login-throttle.ts';
import { newCode, secretHash } from '../auth/secrets.ts';
import { forbidden, parseShape } from '../http/api-error.ts';
import { ownUser, signIn, type RouteContext } from './context.ts';
import { usernameTaken } from './username-taken.ts';

const INVITE_UNUSABLE = 'This invite code is unknown, expired or already used.';

export function inviteRoutes(app: FastifyInstance, context: RouteContext): void {
  const { storage } = context;

  app.post('/v1/invites', async (request, reply) => {
    const body = parseShape(inviteRequestSchema, request.body);
    const session = await signIn(context, request);
    if (session.user.role !== 'coordinator') throw forbidden('Only coordinators invite people.');
    const code = newCode();
    const at = context.now();
    const expiresAt = at + INVITE_LIFETIME_MS;
    const by = { userId: session.user.id, deviceId: session.deviceId };
    await storage.createInvite({ codeHash: secretHash(code), teamId: session.team.id, role: body.role, by, at, expiresAt });
    const answer: InviteResponse = { code, expiresAt: new Date(expiresAt).toISOString() };
    return reply.code(201).send(answer);
  });

  app.post('/v1/invites/accept', async (request, reply) => {
    const body = parseShape(inviteAcceptRequestSchema, request.body);
    const at = context.now();
    const codeHash = secretHash(body.code);
    // The code is looked up before the password is hashed; a wrong one counts as a failed
    // attempt from this address.
    const attempt = await countAttempt(storage, [addressLimit(request.ip)], at);
    if (!(await storage.inviteCodeUsable(codeHash, at))) throw forbidden(INVITE_UNUSABLE);
    await attempt.succeeded();
    const { account, token } = await newAccount(body);
    const outcome = await storage.acceptInvite({ codeHash, account, at });
    if (outcome.status === 'code_unusable') throw forbidden(INVITE_UNUSABLE);
    if (outcome.status === 'username_taken') throw usernameTaken();
    const answer: AuthResponse = {
      token,
      deviceId: account.deviceId,
      user: ownUser(outcome.user),
      team: outcome.team,
    };
    return reply.code(201).send(answer);
  });
}
