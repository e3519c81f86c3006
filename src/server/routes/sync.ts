// POST /v1/sync/push and GET /v1/sync/pull. The rules live in sync/push.ts and sync/pull.ts;
// here: limits (413), shape (400), authentication (401), in that order.
import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import { MAX_MUTATIONS_PER_PUSH, pullQuerySchema, pushRequestSchema } from '../../domain/protocol.ts';
import { ApiError, parseShape, payloadTooLarge, unauthorized } from '../http/api-error.ts';
import { pullChanges } from '../sync/pull.ts';
import { processPush } from '../sync/push.ts';
import { actorOf, signIn, type RouteContext } from './context.ts';

// More than 1000 mutations is a limit (413), checked before the shape.
const refuseOversizedPush: preValidationHookHandler = async (request) => {
  const mutations = (request.body as { mutations?: unknown } | null | undefined)?.mutations;
  if (Array.isArray(mutations) && mutations.length > MAX_MUTATIONS_PER_PUSH) {
    throw payloadTooLarge(`A push carries at most ${MAX_MUTATIONS_PER_PUSH} mutations; send the rest in the next push.`);
  }
};

export function syncRoutes(app: FastifyInstance, context: RouteContext): void {
  app.post('/v1/sync/push', { preValidation: refuseOversizedPush }, async (request) => {
    const body = parseShape(pushRequestSchema, request.body);
    const session = await signIn(context, request);
    const outcome = await processPush(context.storage, actorOf(session), body.mutations, context.now());
    if (outcome.kind === 'device_ended') throw unauthorized();
    if (outcome.kind === 'gap') {
      throw new ApiError(409, 'mutation_gap', `The next mutation must be number ${outcome.lastMutation + 1}.`, [
        { lastMutation: outcome.lastMutation },
      ]);
    }
    return outcome.response;
  });

  app.get('/v1/sync/pull', async (request) => {
    const query = parseShape(pullQuerySchema, request.query, 'The query');
    const session = await signIn(context, request);
    return pullChanges(context.storage, actorOf(session), query);
  });
}
