// The endpoint process is killed with SIGKILL in the middle of pushes, restarted, and the
// devices retry from their outboxes: nothing is applied twice, nothing is lost, and the
// database passes PRAGMA integrity_check.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { type Member, newId, PASSWORD, removeTempDirs, send, tempDir, TestDevice, uniqueName } from './helpers/harness.ts';
import { startServerProcess, type ServerProcess } from './helpers/process.ts';

const SETUP_TOKEN = 'fictional-crash-test-code';
let server: ServerProcess | undefined;
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(async () => {
  await server?.stop('SIGKILL');
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash', () => {
  it('loses nothing and applies nothing twice across SIGKILL and restart', async () => {
    const dataDir = tempDir();
    server = await startServerProcess(dataDir, { SETUP_TOKEN });
    const current = { url: server.url };

    const username = uniqueName('crash');
    const setup = await send(current.url, 'POST', '/v1/setup', {
      body: { setupToken: SETUP_TOKEN, teamName: 'Fictional Crash Team', username, password: PASSWORD, deviceName: 'Office' },
    });
    expect(setup.status).toBe(201);
    const devices: TestDevice[] = [];
    for (let i = 0; i < 4; i += 1) {
      const reply = await send(current.url, 'POST', '/v1/auth/login', { body: { username, password: PASSWORD, deviceName: `Phone ${i}` } });
      const who: Member = { token: reply.body.token, deviceId: reply.body.deviceId, userId: reply.body.user.id, teamId: reply.body.team.id, role: 'coordinator', username };
      devices.push(new TestDevice(who));
    }

    // Each device's outbox: cases, notes in them, and edits, numbered 1..N.
    const PER_DEVICE = 1200;
    const expected = new Map<string, Record<string, unknown>>();
    const outboxes = devices.map((device, d) => {
      const outbox: any[] = [];
      let caseId = '';
      while (outbox.length < PER_DEVICE) {
        const i = outbox.length;
        if (i % 20 === 0) {
          caseId = newId();
          outbox.push(device.set('case', caseId, { displayName: `Case ${d}-${i}`, status: 'open' }));
          expected.set(caseId, { displayName: `Case ${d}-${i}`, status: 'open' });
        } else if (i % 3 === 0) {
          outbox.push(device.set('case', caseId, { householdSize: (i % 9) + 1 }));
          expected.get(caseId)!.householdSize = (i % 9) + 1;
        } else {
          const noteId = newId();
          outbox.push(device.set('note', noteId, { body: `Note ${d}-${i}` }, { caseId }));
          expected.set(noteId, { body: `Note ${d}-${i}` });
        }
      }
      return outbox;
    });

    // Shared with the killer, which waits for enough progress before each kill.
    const progress = { acknowledged: 0 };
    let failures = 0;
    const drain = async (device: TestDevice, outbox: any[]) => {
      while (outbox.length > 0) {
        const batch = outbox.slice(0, 150);
        let reply;
        try {
          reply = await send(current.url, 'POST', '/v1/sync/push', { token: device.who.token, body: { mutations: batch } });
        } catch {
          failures += 1; // the endpoint is down or the answer was lost: retry the same mutations
          await sleep(50);
          continue;
        }
        if (reply.status !== 200) throw new Error(`push answered ${reply.status}: ${JSON.stringify(reply.body)}`);
        for (const result of reply.body.results) {
          if (result.status === 'rejected') throw new Error(`rejected: ${JSON.stringify(result)}`);
        }
        // The device drops what the endpoint acknowledged, and only that.
        const acked = outbox.filter((m) => m.n <= reply.body.lastMutation).length;
        outbox.splice(0, acked);
        progress.acknowledged += acked;
      }
    };

    const killer = async () => {
      for (const threshold of [600, 2400]) {
        while (progress.acknowledged < threshold) await sleep(2);
        await server!.stop('SIGKILL');
        server = await startServerProcess(dataDir);
        current.url = server.url;
      }
    };

    await Promise.all([killer(), ...devices.map((device, i) => drain(device, outboxes[i]!))]);
    expect(failures).toBeGreaterThan(0);

    // Nothing applied twice: each device's mutations were processed exactly once, in order.
    for (const device of devices) {
      const reply = await send(current.url, 'POST', '/v1/sync/push', { token: device.who.token, body: { mutations: [] } });
      expect(reply.body.lastMutation).toBe(PER_DEVICE);
    }
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const perDevice = db
        .prepare("SELECT device_id, COUNT(*) AS n FROM audit_log WHERE action IN ('create', 'update') GROUP BY device_id")
        .all() as { device_id: string; n: number }[];
      for (const device of devices) expect(perDevice.find((row) => row.device_id === device.who.deviceId)?.n).toBe(PER_DEVICE);
      expect(db.prepare("SELECT COUNT(*) FROM records WHERE type = 'conflict'").pluck().get()).toBe(0);

      // Nothing lost: every record holds exactly the values its device wrote last.
      const rows = db.prepare('SELECT id, fields FROM records').all() as { id: string; fields: string }[];
      expect(rows).toHaveLength(expected.size);
      for (const row of rows) expect(JSON.parse(row.fields)).toEqual(expected.get(row.id));
    } finally {
      db.close();
    }
  });
});
