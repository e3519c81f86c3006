// POST /v1/auth/login and /v1/auth/logout (SYNC-PROTOCOL.md, Setup and authentication).
// Order on login: shape (400), then the failed-login limit (429, the attempt counted at
// once), then the password (401).
import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, passwordResetRequestSchema, type AuthResponse } from '../../domain/protocol.ts';
import { newDeviceId, usernameKey } from '../auth/accounts.ts';
import { addressLimit, countAttempt, usernameLimit } from '../auth/login-throttle.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { newToken, secretHash } from '../auth/secrets.ts';
import { forbidden, parseShape, unauthorized } from '../http/api-error.ts';
import { ownUser, signIn, type RouteContext } from './context.ts';

const resetCodeUnusable = () => forbidden('This reset code is unknown, expired or already used.');

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
    // A deactivated member is refused like a wrong password, until a coordinator reactivates them.
    if (!login || !passwordOk || !login.user.active) {
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
      user: ownUser(login.user),
      team: login.team,
    };
    return reply.code(200).send(answer);
  });

  // A coordinator's reset code sets a new password and signs this device in; every other
  // device of the member is revoked. The code is looked up before the password is hashed,
  // and a wrong code counts toward the failed sign-ins of the caller's address.
  app.post('/v1/auth/reset', async (request, reply) => {
    const body = parseShape(passwordResetRequestSchema, request.body);
    const at = context.now();
    const codeHash = secretHash(body.code);
    // Counted before the code is checked, per code and per address, like a sign-in.
    const attempt = await countAttempt(storage, [usernameLimit(`reset:${codeHash}`), addressLimit(request.ip)], at);
    if (!(await storage.resetCodeUsable(codeHash, at))) throw resetCodeUnusable();
    const token = newToken();
    const device = { deviceId: newDeviceId(), deviceName: body.deviceName, tokenHash: secretHash(token) };
    const outcome = await storage.resetPassword({ codeHash, passwordHash: await hashPassword(body.password), device, at });
    if (outcome.status === 'code_unusable') throw resetCodeUnusable();
    if (outcome.status === 'inactive') throw unauthorized('This account is deactivated; ask a coordinator.');
    await attempt.succeeded();
    await storage.clearLoginFailures(usernameLimit(usernameKey(outcome.user.name)).key);
    const answer: AuthResponse = { token, deviceId: device.deviceId, user: ownUser(outcome.user), team: outcome.team };
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
