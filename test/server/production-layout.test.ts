// The endpoint as a server (or the Docker image, deploy/Dockerfile) runs it: a folder with
// only the build, the server and domain sources, package.json and the lockfile, after
// `npm ci --omit=dev`. No Docker engine runs on these machines, so this stands in for the
// image. Node 22 itself comes from the image (node:22-bookworm-slim) or the host; here
// it is the Node running the tests.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, freePort, repoRoot } from '../e2e/support.ts';
import { newId, PASSWORD, removeTempDirs, send, tempDir, TestDevice, type Member } from './helpers/harness.ts';

const run = promisify(execFile);

let folder: string;
let server: ReturnType<typeof spawnServer> | undefined;

function spawnServer(port: number, setupToken: string) {
  const child = execFile(process.execPath, ['--experimental-strip-types', '--no-warnings', 'src/server/main.ts'], {
    cwd: folder,
    // Only what a deployment sets: no NODE_PATH or anything else that could reach the repo.
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(folder, 'data'),
      STATIC_DIR: path.join(folder, 'dist'),
      SETUP_TOKEN: setupToken,
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

beforeAll(async () => {
  folder = tempDir('zvezek-prod-');
  await buildApp({ outDir: path.join(folder, 'dist') });
  for (const part of ['src/server', 'src/domain', 'package.json', 'package-lock.json']) {
    fs.cpSync(path.join(repoRoot, part), path.join(folder, part), { recursive: true });
  }
  await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: folder, env: { ...process.env, NODE_ENV: 'production' } });
}, 300_000);

afterAll(removeTempDirs);
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

describe('the endpoint from a production install', () => {
  it('holds no development dependency', () => {
    const installed = fs.readdirSync(path.join(folder, 'node_modules'));
    for (const tool of ['vite', 'vitest', 'typescript', 'playwright-core', 'node', 'oxlint', 'lighthouse']) {
      expect(installed, tool).not.toContain(tool);
    }
    for (const needed of ['fastify', 'better-sqlite3', 'zod']) expect(installed).toContain(needed);
  });

  it('starts, sets up a team, and takes a push that another device pulls', async () => {
    const port = await freePort();
    const setupToken = 'fictional-setup-code-for-a-test-team';
    server = spawnServer(port, setupToken);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`${url}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const page = await fetch(`${url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(await page.text()).toContain('<div id="app"');

    const setup = await send(url, 'POST', '/v1/setup', {
      body: { setupToken, teamName: 'Fictional Helpers', username: 'coordinator_prod', password: PASSWORD, deviceName: 'Office laptop' },
    });
    expect(setup.status, JSON.stringify(setup.body)).toBe(201);
    const coordinator: Member = {
      token: setup.body.token,
      deviceId: setup.body.deviceId,
      userId: setup.body.user.id,
      teamId: setup.body.team.id,
      role: 'coordinator',
      username: 'coordinator_prod',
    };
    const caseId = newId();
    const device = new TestDevice(coordinator);
    const pushed = await send(url, 'POST', '/v1/sync/push', {
      token: coordinator.token,
      body: { mutations: [device.set('case', caseId, { displayName: 'Fictional Person', status: 'open' })] },
    });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);

    const phone = await send(url, 'POST', '/v1/auth/login', {
      body: { username: 'coordinator_prod', password: PASSWORD, deviceName: 'Phone' },
    });
    expect(phone.status).toBe(200);
    const pulled = await send(url, 'GET', '/v1/sync/pull', { token: phone.body.token });
    expect(pulled.status).toBe(200);
    expect(pulled.body.records).toEqual([expect.objectContaining({ id: caseId, fields: expect.objectContaining({ displayName: 'Fictional Person' }) })]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
