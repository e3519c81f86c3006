// Errors that happen before a route sees the request, in the one error shape with the
// security headers (SYNC-PROTOCOL.md, Errors):
// - Node's own: a request whose headers or body have not arrived in time (408), headers
//   over Node's limit (431), bytes that are not HTTP (400). Node hands these to the
//   server's `clientError` listener with the raw socket; the answer is written by hand and
//   the connection closed, since the request cannot be read to its end.
// - fastify's router: a URL it cannot decode (`/v1/sync/%ff`), a path segment over its
//   length limit. These get a reply object; the URL is never echoed back.
import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, errorStatus, type ErrorCode } from '../../domain/protocol.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const NODE_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: 'request_timeout',
    message: 'The request did not arrive in time; the connection is closed. Try again on a better connection.',
  },
  HPE_HEADER_OVERFLOW: { code: 'headers_too_large', message: 'The request headers are larger than this endpoint accepts.' },
};
const NOT_HTTP = { code: 'invalid_request', message: 'The request could not be read as HTTP.' } as const;

const REASON: Partial<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** For fastify's `clientErrorHandler`: answers on the raw socket, then closes it. */
export function answerClientError(log: FastifyBaseLogger, error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = (error.code && NODE_ERRORS[error.code]) || NOT_HTTP;
  const status = errorStatus[known.code as keyof typeof errorStatus];
  log.info({ code: known.code, status }, 'request refused before routing');
  // Only when no answer to this request has begun: never corrupt a response in flight.
  // (Node's own fallback checks the same: the socket's in-flight ServerResponse.)
  const response = Reflect.get(socket, '_httpMessage') as { headersSent?: boolean } | undefined;
  if (socket.writable && !response?.headersSent) {
    const body = JSON.stringify(errorBody(known.code, known.message));
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(`HTTP/1.1 ${status} ${REASON[status] ?? 'Error'}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}

/** fastify's `frameworkErrors`: a URL the router cannot decode or a path segment too long. */
export function answerRouterError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const answer = tooLong
    ? errorBody('not_found', 'There is nothing at this address.')
    : errorBody('invalid_request', 'The address is not a valid URL.');
  request.log.info({ code: answer.error.code, fastifyCode: error.code }, 'request refused by the router');
  void reply
    .code(tooLong ? 404 : 400)
    .headers(SECURITY_HEADERS)
    .header('cache-control', 'no-store')
    .header('access-control-allow-origin', '*')
    .send(answer);
}
