// Security headers, CORS, health, and logs with no personal data or secrets.
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../../src/domain/protocol.ts';
import type { Storage } from '../../src/server/storage/adapter.ts';
import { buildServer } from '../../src/server/app.ts';
import { SqliteStorage } from '../../src/server/storage/sqlite/sqlite-storage.ts';
import { createTeam, newId, PASSWORD, push, removeTempDirs, startServer, tempDir, testConfig, TestDevice, type TestServer } from './helpers/harness.ts';

let t: TestServer;

beforeAll(async () => {
  const dataDir = tempDir();
  const staticDir = path.join(dataDir, 'app');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Zvezek</title><script type="module" src="/main.js"></script>');
  fs.writeFileSync(path.join(staticDir, 'main.js'), 'console.log("app")');
  t = await startServer({ dataDir, config: { staticDir, logLevel: 'info' } });
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('permissions-policy')).toContain('camera=()');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
}

describe('security headers', () => {
  it('sends them with the app, deep links, API answers and errors alike', async () => {
    for (const url of ['/', '/main.js', '/cases/123', '/healthz', '/v1/sync/pull', '/v1/nothing']) {
      const response = await fetch(t.url + url);
      await response.arrayBuffer();
      expectSecurityHeaders(response.headers);
    }
  });

  it('serves the app for deep links and JSON errors for unknown API routes', async () => {
    const deepLink = await fetch(`${t.url}/cases/0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>Zvezek</title>');
    const api = await fetch(`${t.url}/v1/cases`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('CORS for the API', () => {
  it('answers a preflight from another origin with Authorization and x-protocol-version allowed, no cookies', async () => {
    const response = await fetch(`${t.url}/v1/sync/push`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, x-protocol-version, content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const header of ['authorization', 'x-protocol-version', 'content-type']) expect(allowed).toContain(header);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('marks API answers readable cross-origin, and exposes retry-after', async () => {
    const response = await fetch(`${t.url}/v1/sync/pull`, { headers: { origin: 'https://app.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('health', () => {
  it('answers /healthz with ok and the version, and /readyz with 200 while the database answers', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(healthResponseSchema.parse(await health.json()).version).toMatch(/^\d+\.\d+\.\d+/);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });

  it('answers /readyz with 503 when the database does not answer', async () => {
    const dataDir = tempDir();
    const real = new SqliteStorage(dataDir);
    const broken: Storage = Object.assign(Object.create(real) as Storage, {
      ping: () => Promise.reject(new Error('database is gone')),
    });
    const server = await buildServer(testConfig(dataDir), { storage: broken });
    try {
      const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
      const ready = await fetch(`${address}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ error: { code: 'service_unavailable' } });
      expect((await fetch(`${address}/healthz`)).status).toBe(200);
    } finally {
      await server.app.close();
      await real.close();
    }
  });
});

describe('shutting down', () => {
  it('ends a keep-alive connection after the response to a request that was in flight when closing began', async () => {
    // Without `connection: close`, Node keeps such a connection open until its keep-alive
    // timeout (72 s), and closing, and the process, wait for it.
    const own = await startServer();
    const member = await createTeam(own);
    const body = JSON.stringify({ mutations: [new TestDevice(member).set('case', newId(), { displayName: 'Fictional Shutdown' })] });
    const { port } = new URL(own.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const ended = once(socket, 'end');
    // Everything but the body's last byte: the request is in flight, its handler waits.
    const arrived = once(own.server.app.server, 'request');
    socket.write(
      [
        'POST /v1/sync/push HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Connection: keep-alive',
        'Content-Type: application/json',
        'X-Protocol-Version: 1',
        `Authorization: Bearer ${member.token}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body.slice(0, -1),
      ].join('\r\n'),
    );
    await arrived;
    const closing = own.close();
    // Closing has begun once the server stops listening (after Fastify's preClose hooks).
    while (own.server.app.server.listening) await new Promise((resolve) => setImmediate(resolve));
    socket.write(body.slice(-1));
    await ended; // the server ends the connection itself
    await closing;
    const response = Buffer.concat(received).toString('utf8');
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(response).toContain('"lastMutation":1');
    socket.destroy();
  });
});

describe('logs', () => {
  it('hold no tokens, passwords, usernames, field values or addresses', async () => {
    const coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    await push(t, coordinator, [device.set('case', newId(), { displayName: 'Fictional Loggable Name' })]);
    await t.request('POST', '/v1/auth/login', { body: { username: coordinator.username, password: 'wrong password', deviceName: 'x' } });
    await t.request('POST', '/v1/auth/login', { raw: `{"username":"${coordinator.username}"`, headers: { 'content-type': 'application/json' } });
    await t.request('GET', `/v1/sync/pull?cursor=${'x'.repeat(10)}`, { token: coordinator.token });
    // The server's own listening address is not a person's; every other line is checked.
    const logs = t.logs.filter((line) => !line.includes('Server listening')).join('\n');
    expect(t.logs.length).toBeGreaterThan(10);
    for (const secret of [coordinator.token, PASSWORD, 'wrong password', coordinator.username, 'Fictional Loggable Name', '127.0.0.1', 'remoteAddress', 'Bearer']) {
      expect(logs).not.toContain(secret);
    }
    // Structured: one JSON object per line.
    for (const line of t.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});
