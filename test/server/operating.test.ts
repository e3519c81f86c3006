// SYNC-PROTOCOL.md, Operating the endpoint: the real process, as `npm start` runs it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { type Member, newId, PASSWORD, removeTempDirs, send, tempDir, TestDevice, uniqueName } from './helpers/harness.ts';
import { onPostgres } from './helpers/postgres.ts';
import { runToEnd, serverEnv, startServerProcess, type ServerProcess } from './helpers/process.ts';

// vitest runs after-hooks in reverse: folders go once every server has stopped.
afterAll(removeTempDirs);
const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop('SIGKILL');
});

async function start(dataDir: string, extra: Record<string, string> = {}) {
  const server = await startServerProcess(dataDir, extra);
  running.push(server);
  return server;
}

function setupBody(setupToken: string) {
  return { setupToken, teamName: 'Fictional Team', username: uniqueName('op'), password: PASSWORD, deviceName: 'Laptop' };
}

describe('first start', () => {
  it('prints a setup code and the URL to open when there is no team, and the code sets up a team', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir);
    const output = server.output();
    expect(output).toContain(`Open ${server.url}/`);
    const code = /one-time setup code:\s+(\S+)/.exec(output)?.[1];
    expect(code).toBeDefined();
    // The code is shown on the terminal, never inside a structured log line.
    expect(output.split('\n').filter((line) => line.startsWith('{')).join('\n')).not.toContain(code);
    const reply = await send(server.url, 'POST', '/v1/setup', { body: setupBody(code!) });
    expect(reply.status).toBe(201);

    expect(await server.stop('SIGTERM')).toBe(0);
    const again = await start(dataDir);
    expect(again.output()).not.toContain('setup code');
  });

  it('takes SETUP_TOKEN as the first setup code', async () => {
    const server = await start(tempDir(), { SETUP_TOKEN: 'fictional-automation-code-123' });
    expect(server.output()).toContain('fictional-automation-code-123');
    const reply = await send(server.url, 'POST', '/v1/setup', { body: setupBody('fictional-automation-code-123') });
    expect(reply.status).toBe(201);
    const reuse = await send(server.url, 'POST', '/v1/setup', { body: setupBody('fictional-automation-code-123') });
    expect(reuse.status).toBe(403);
  });
});

describe('npm run admin -- create-team', () => {
  it('prints one JSON line with a new single-use setup code that works on the running endpoint', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir);
    const result = await runToEnd('src/server/admin.ts', ['create-team'], serverEnv(dataDir));
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { setupToken } = JSON.parse(lines[0]!) as { setupToken: string };
    expect(setupToken.length).toBeGreaterThanOrEqual(16);
    expect((await send(server.url, 'POST', '/v1/setup', { body: setupBody(setupToken) })).status).toBe(201);
    expect((await send(server.url, 'POST', '/v1/setup', { body: setupBody(setupToken) })).status).toBe(403);
  });

  it('works through npm, and refuses an unknown command', async () => {
    const dataDir = tempDir();
    const viaNpm = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'admin', '--', 'create-team'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: serverEnv(dataDir),
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.once('close', (code) => resolve({ code, stdout }));
    });
    expect(viaNpm.code).toBe(0);
    expect(viaNpm.stdout.trim()).toMatch(/^\{"setupToken":"[^"]+"\}$/);

    const unknown = await runToEnd('src/server/admin.ts', ['delete-everything'], serverEnv(dataDir));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage');
  });
});

describe('DATABASE_URL', () => {
  it('says clearly when the PostgreSQL database in DATABASE_URL does not answer', async () => {
    // Port 1 on loopback: nothing listens there.
    const result = await runToEnd('src/server/main.ts', [], serverEnv(tempDir(), { DATABASE_URL: 'postgres://fictional@127.0.0.1:1/zvezek' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not open the PostgreSQL database in DATABASE_URL');
  });

  it('refuses a DATABASE_URL that is not postgres://', async () => {
    const result = await runToEnd('src/server/main.ts', [], serverEnv(tempDir(), { DATABASE_URL: 'mysql://fictional@127.0.0.1/zvezek' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL must be a postgres:// URL');
  });
});

describe('stopping', () => {
  it('finishes a push in flight on SIGTERM before it exits', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir, { SETUP_TOKEN: 'fictional-stop-code' });
    const setup = await send(server.url, 'POST', '/v1/setup', { body: setupBody('fictional-stop-code') });
    const who: Member = { token: setup.body.token, deviceId: setup.body.deviceId, userId: setup.body.user.id, teamId: setup.body.team.id, role: 'coordinator', username: 'x' };
    const device = new TestDevice(who);
    const mutations = Array.from({ length: 1000 }, () => device.set('case', newId(), { displayName: 'Fictional', summary: 'x'.repeat(500) }));
    const inFlight = send(server.url, 'POST', '/v1/sync/push', { token: who.token, body: { mutations } });
    // Signal as soon as the endpoint has the request (its log says so).
    while (!/"route":"\/v1\/sync\/push"/.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 1));
    server.child.kill('SIGTERM');
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(reply.body.lastMutation).toBe(1000);
    expect(await server.exited).toBe(0);
  });

  it('cuts a request that outlasts SHUTDOWN_GRACE_MS, and still closes the database and exits 0', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir, { SETUP_TOKEN: 'fictional-grace-code', SHUTDOWN_GRACE_MS: '300' });
    const setup = await send(server.url, 'POST', '/v1/setup', { body: setupBody('fictional-grace-code') });
    // A phone on a bad line: the push's headers arrive, its body never does.
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    const cut = once(socket, 'close');
    const before = server.output().length;
    socket.write(
      ['POST /v1/sync/push HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', 'X-Protocol-Version: 1', `Authorization: Bearer ${setup.body.token}`, 'Content-Length: 100000', '', '{"mutations":['].join('\r\n'),
    );
    while (!/"route":"\/v1\/sync\/push"/.test(server.output().slice(before))) await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await cut;
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
  });

  it('finishes on SIGTERM with exit code 0 and closes the database cleanly', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);
    if (onPostgres) {
      // Nothing to checkpoint on PostgreSQL: the next start finds the database as it was.
      const again = await start(dataDir);
      expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
      expect(again.output()).toContain('setup code');
      return;
    }
    // A clean close checkpoints the write-ahead log into the database file.
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
