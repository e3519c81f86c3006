// POST /v1/auth/login and /v1/auth/logout (SYNC-PROTOCOL.md, Setup and authentication).
// Order on login: shape (400), then the failed-login limit (429, the attempt counted at
// once), then the password (401).
import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, type AuthResponse } from '../../domain/protocol.ts';
import { newDeviceId, usernameKey } from '../auth/accounts.ts';
import { addressLimit, countAttempt, usernameLimit } from '../auth/login-throttle.ts';
import { decoyPasswordHash, verifyPassword } from '../auth/password.ts';
import { newToken, secretHash } from '../auth/secrets.ts';
import { parseShape, unauthorized } from '../http/api-error.ts';
import { signIn, type RouteContext } from './context.ts';

export function authRoutes(app: FastifyInstance, context: RouteContext): void {
  const { storage } = context;

  app.post('/v1/auth/login', async (request, reply) => {
    const body = parseShape(loginRequestSchema, request.body);
    const at = context.now();
    const byUsername = usernameLimit(usernameKey(body.username));
    // Counted before the password is checked: parallel guesses cannot outrun the limit.
    const attempt = await countAttempt(storage, [byUsername, addressLimit(request.ip)], at);

    const login = await storage.findLogin(usernameKey(body.username));
    // An unknown name costs as much time as a wrong password: no probing for names.
    const passwordOk = await verifyPassword(body.password, login?.passwordHash ?? (await decoyPasswordHash()));
    if (!login || !passwordOk) {
      if (login) {
        const who = { teamId: login.team.id, userId: login.user.id, deviceId: null };
        await storage.addAudit({ ...who, at, action: 'login_failed', recordId: null, type: null, caseId: null });
      }
      throw unauthorized('Wrong username or password.');
    }
    await attempt.succeeded();
    await storage.clearLoginFailures(byUsername.key);

    const token = newToken();
    const deviceId = newDeviceId();
    const device = { userId: login.user.id, teamId: login.team.id, deviceId, deviceName: body.deviceName };
    await storage.addDevice({ ...device, tokenHash: secretHash(token), at });
    const answer: AuthResponse = {
      token,
      deviceId,
      user: { id: login.user.id, name: login.user.name, role: login.user.role },
      team: login.team,
    };
    return reply.code(200).send(answer);
  });

  // The token stops working at once: its hash is removed from the device.
  app.post('/v1/auth/logout', async (request, reply) => {
    const session = await signIn(context, request);
    const actor = { userId: session.user.id, deviceId: session.deviceId };
    await storage.endSession({ deviceId: session.deviceId, by: 'logout', actor, at: context.now() });
    return reply.code(204).send();
  });
}
