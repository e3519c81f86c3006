// SYNC-PROTOCOL.md, Errors: every error in the one JSON shape with the security headers,
// including malformed URLs, oversized headers and a body that never arrives (408).
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/domain/protocol.ts';
import { createTeam, removeTempDirs, startServer, type Member, type TestServer } from './helpers/harness.ts';

let t: TestServer;
let coordinator: Member;

beforeAll(async () => {
  t = await startServer({ config: { requestTimeoutMs: 1500 } });
  coordinator = await createTeam(t);
});
afterAll(removeTempDirs);
afterAll(() => t.close());

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
  /** the endpoint closed the connection */
  closed: boolean;
}

/** Sends bytes on a raw connection (the request line is ours, not a client library's). */
function raw(request: string, trickle?: { bytes: string; everyMs: number }): Promise<RawAnswer> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, closed: true });
    });
    socket.write(request, (error) => {
      if (error) reject(error);
      if (trickle) {
        let i = 0;
        timer = setInterval(() => {
          if (i < trickle.bytes.length && !socket.destroyed) socket.write(trickle.bytes[i++] ?? '');
        }, trickle.everyMs);
      }
    });
    // A request that should be answered at once ends our side, so the endpoint closes.
    if (!trickle && !request.includes('content-length')) socket.end();
  });
}

function expectShape(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  const body = errorBodySchema.parse(JSON.parse(answer.body));
  expect(body.error.code).toBe(code);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(answer.headers.get('x-frame-options')).toBe('DENY');
  expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
  return body;
}

describe('errors outside the routes', () => {
  it('answers a malformed URL in the one shape, with security headers, without echoing the URL', async () => {
    const answer = await raw('GET /v1/sync/%ff HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-protocol-version: 1\r\n\r\n');
    const body = expectShape(answer, 400, 'invalid_request');
    expect(JSON.stringify(body)).not.toContain('%ff');
  });

  it('answers oversized headers with 431 headers_too_large in the one shape, and closes', async () => {
    const answer = await raw(`GET /v1/sync/pull HTTP/1.1\r\nhost: x\r\nx-padding: ${'a'.repeat(60_000)}\r\n\r\n`);
    expectShape(answer, 431, 'headers_too_large');
    expect(answer.closed).toBe(true);
  });

  it('answers a request that is not HTTP with 400 in the one shape', async () => {
    const answer = await raw('HELLO THERE\r\n\r\n');
    expectShape(answer, 400, 'invalid_request');
  });

  it('answers 408 request_timeout when the body has not arrived in time, and closes the connection', async () => {
    const body = JSON.stringify({ mutations: [] });
    const head =
      'POST /v1/sync/push HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-protocol-version: 1\r\nconnection: close\r\n' +
      `authorization: Bearer ${coordinator.token}\r\ncontent-length: ${body.length}\r\n\r\n`;
    // One byte every 200 ms: the 1.5 s the test endpoint allows run out long before the end.
    const answer = await raw(head, { bytes: body, everyMs: 200 });
    expectShape(answer, 408, 'request_timeout');
    expect(answer.closed).toBe(true);
    expect((await t.request('GET', '/healthz')).status).toBe(200);
  });

  it('still takes a slow body that arrives in time', async () => {
    const body = JSON.stringify({ mutations: [] });
    const head =
      'POST /v1/sync/push HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-protocol-version: 1\r\nconnection: close\r\n' +
      `authorization: Bearer ${coordinator.token}\r\ncontent-length: ${body.length}\r\n\r\n`;
    const answer = await raw(head, { bytes: body, everyMs: 20 });
    expect(answer.status).toBe(200);
  });
});
