// GET /v1/devices and DELETE /v1/devices/:id: a coordinator sees and revokes every device
// of the team, anyone else their own. A revoked device's token is refused at once.
import type { FastifyInstance } from 'fastify';
import type { DevicesResponse } from '../../domain/protocol.ts';
import { forbidden, notFound } from '../http/api-error.ts';
import type { Device } from '../storage/adapter.ts';
import { signIn, type RouteContext } from './context.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toWireDevice(device: Device): DevicesResponse['devices'][number] {
  return {
    id: device.id,
    userId: device.userId,
    name: device.name,
    createdAt: new Date(device.createdAt).toISOString(),
    lastSeenAt: iso(device.lastSeenAt),
    // Logged out or revoked: either way its token no longer works.
    revokedAt: iso(device.endedAt),
  };
}

export function deviceRoutes(app: FastifyInstance, context: RouteContext): void {
  const { storage } = context;

  app.get('/v1/devices', async (request) => {
    const session = await signIn(context, request);
    const onlyUser = session.user.role === 'coordinator' ? null : session.user.id;
    const devices = await storage.listDevices(session.team.id, onlyUser);
    const answer: DevicesResponse = { devices: devices.map(toWireDevice) };
    return answer;
  });

  app.delete<{ Params: { id: string } }>('/v1/devices/:id', async (request, reply) => {
    const session = await signIn(context, request);
    const device = await storage.findDevice(request.params.id);
    // Another team's device is as unknown as one that never existed.
    if (!device || device.teamId !== session.team.id) throw notFound('There is no such device in your team.');
    if (session.user.role !== 'coordinator' && device.userId !== session.user.id) {
      throw forbidden("Only a coordinator may revoke another person's device.");
    }
    const actor = { userId: session.user.id, deviceId: session.deviceId };
    await storage.endSession({ deviceId: device.id, by: 'revoked', actor, at: context.now() });
    return reply.code(204).send();
  });
}
