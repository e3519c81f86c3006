// POST /v1/setup: a single-use setup code from the operator creates a team and its first
// coordinator (SYNC-PROTOCOL.md, Setup and authentication).
import type { FastifyInstance } from 'fastify';
import { setupRequestSchema, type AuthResponse } from '../../domain/protocol.ts';
import { newAccount, newTeamId } from '../auth/accounts.ts';
import { addressLimit, countAttempt } from '../auth/login-throttle.ts';
import { secretHash } from '../auth/secrets.ts';
import { forbidden, parseShape } from '../http/api-error.ts';
import type { RouteContext } from './context.ts';
import { usernameTaken } from './username-taken.ts';

const SETUP_CODE_UNUSABLE = 'This setup code is unknown or was already used.';

export function setupRoutes(app: FastifyInstance, context: RouteContext): void {
  app.post('/v1/setup', async (request, reply) => {
    const body = parseShape(setupRequestSchema, request.body);
    const at = context.now();
    const codeHash = secretHash(body.setupToken);
    // The code is looked up before the password is hashed; a wrong one counts as a failed
    // attempt from this address.
    const attempt = await countAttempt(context.storage, [addressLimit(request.ip)], at);
    if (!(await context.storage.setupCodeUsable(codeHash))) throw forbidden(SETUP_CODE_UNUSABLE);
    await attempt.succeeded();
    const { account, token } = await newAccount(body);
    const team = { id: newTeamId(), name: body.teamName };
    const outcome = await context.storage.setupTeam({ codeHash, team, account, at });
    if (outcome === 'code_unusable') throw forbidden(SETUP_CODE_UNUSABLE);
    if (outcome === 'username_taken') throw usernameTaken();
    const answer: AuthResponse = {
      token,
      deviceId: account.deviceId,
      user: { id: account.userId, name: account.name, role: 'coordinator' },
      team,
    };
    return reply.code(201).send(answer);
  });
}
