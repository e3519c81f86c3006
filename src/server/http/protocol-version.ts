// SYNC-PROTOCOL.md, Endpoints: every API request carries `x-protocol-version: 1`; a missing
// header means 1; any other version gets 426 upgrade_required and the app asks to be
// updated. Checked after body limits and media type (fastify's parsing), before the shape.
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_HEADER, requestedProtocolVersion } from '../../domain/protocol.ts';
import { ApiError } from './api-error.ts';
import { isApiPath } from './security-headers.ts';

export function requireProtocolVersion(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.method === 'OPTIONS' || !isApiPath(request.url)) return;
    if (requestedProtocolVersion(request.headers[PROTOCOL_VERSION_HEADER]) === PROTOCOL_VERSION) return;
    throw new ApiError(
      426,
      'upgrade_required',
      `This endpoint speaks sync protocol version ${PROTOCOL_VERSION}; update the app to continue syncing.`,
    );
  });
}
