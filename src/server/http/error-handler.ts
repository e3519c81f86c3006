// Turns every error, ours and fastify's own (bad JSON, body too large, unsupported media
// type, bad URL, ...), into the one error shape. Bad input is a 4xx, never a 5xx; the
// message is ours, never fastify's or V8's (a JSON parse message quotes the body).
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '../../domain/protocol.ts';
import { ApiError, errorBody } from './api-error.ts';

const CODE_BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'invalid_request', message: 'The request could not be read: send valid JSON of the expected shape.' },
  401: { code: 'unauthorized', message: 'Sign in again: the token is missing, unknown or no longer valid.' },
  403: { code: 'forbidden', message: 'This account may not do that.' },
  404: { code: 'not_found', message: 'There is nothing at this address.' },
  413: { code: 'payload_too_large', message: 'The request body is larger than 4 MiB.' },
  415: { code: 'unsupported_media_type', message: 'Send the body as application/json.' },
  429: { code: 'rate_limited', message: 'Too many requests; try again later.' },
};

export function handleErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      request.log.info({ code: error.code, status: error.status }, 'request refused');
      return reply.code(error.status).headers(error.headers).send(errorBody(error.code, error.message, error.details));
    }
    if (error.statusCode === 503) {
      // fastify answers requests that arrive while the server is closing with 503.
      return reply.code(503).send(errorBody('service_unavailable', 'The endpoint is restarting; try again in a moment.'));
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send(errorBody('internal_error', 'Something went wrong on the endpoint; nothing was changed. Try again later.'));
    }
    const known = CODE_BY_STATUS[status] ?? CODE_BY_STATUS[400]!;
    request.log.info({ code: known.code, status, fastifyCode: error.code }, 'request refused');
    return reply.code(status).send(errorBody(known.code, known.message));
  });
}
