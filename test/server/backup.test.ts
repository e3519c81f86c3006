// `npm run admin -- backup FILE` while the endpoint serves a busy team, and
// `npm run admin -- restore FILE`: the copy is whole, holds everything acknowledged
// before it began, and a restore never runs under a live endpoint or loses the database
// it replaces.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/server/data-dir-lock.ts';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { createTeam, login, newId, pullAll, push, removeTempDirs, startServer, tempDir, TestDevice, type Member } from './helpers/harness.ts';
import { runToEnd, serverEnv, startServerProcess } from './helpers/process.ts';

afterAll(removeTempDirs);

const admin = (dataDir: string, ...args: string[]) => runToEnd('src/server/admin.ts', args, serverEnv(dataDir));

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

function recordCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM records').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a backup during a push storm', () => {
  it('restores to a sound database holding every change acknowledged before the backup began', async () => {
    const dataDir = tempDir();
    const backupFile = path.join(tempDir('zvezek-backups-'), 'team.sqlite');
    const t = await startServer({ dataDir });
    const coordinator = await createTeam(t);
    const devices: Member[] = [coordinator];
    for (let i = 1; i < 10; i += 1) devices.push(await login(t, coordinator, `Phone ${i}`));

    // Each of the 10 devices pushes batches of new cases, one after another, until told to stop.
    const acknowledged = new Map<string, string>();
    const storm = { on: true };
    const pushing = devices.map(async (who, d) => {
      const device = new TestDevice(who);
      let round = 0;
      while (storm.on) {
        round += 1;
        const batch = Array.from({ length: 5 }, (_, i) => ({ id: newId(), name: `Fictional case ${d}-${round}-${i}` }));
        const reply = await push(t, who, batch.map((c) => device.set('case', c.id, { displayName: c.name, status: 'open' })));
        expect(reply.status).toBe(200);
        for (const c of batch) acknowledged.set(c.id, c.name);
      }
    });
    while (acknowledged.size < 200) await new Promise((resolve) => setTimeout(resolve, 20));

    const before = new Map(acknowledged);
    const backup = await admin(dataDir, 'backup', backupFile);
    const duringBackup = acknowledged.size - before.size;
    // Let the storm go on after the copy too, then end it.
    const sizeAfterBackup = acknowledged.size;
    while (acknowledged.size < sizeAfterBackup + 100) await new Promise((resolve) => setTimeout(resolve, 20));
    storm.on = false;
    await Promise.all(pushing);
    await t.close();

    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ backup: backupFile });
    // The storm did not wait for the backup (or the test would prove nothing about "online").
    expect(duringBackup + (acknowledged.size - sizeAfterBackup)).toBeGreaterThan(0);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(integrity(backupFile)).toBe('ok');
    const total = acknowledged.size;
    expect(recordCount(path.join(dataDir, DATABASE_FILE))).toBe(total);

    const restore = await admin(dataDir, 'restore', backupFile);
    expect(restore.code, restore.stderr).toBe(0);
    const { previous } = JSON.parse(restore.stdout) as { previous: string };
    // The replaced database is kept, whole, with everything the storm wrote.
    expect(integrity(previous)).toBe('ok');
    expect(recordCount(previous)).toBe(total);
    expect(integrity(path.join(dataDir, DATABASE_FILE))).toBe('ok');

    const restored = await startServer({ dataDir });
    try {
      const pulled = await pullAll(restored, coordinator);
      const names = new Map(pulled.records.map((record: { id: string; fields: { displayName: string } }) => [record.id, record.fields.displayName]));
      for (const [id, name] of before) expect(names.get(id), id).toBe(name);
      expect(names.size).toBeGreaterThanOrEqual(before.size);
      expect(names.size).toBeLessThanOrEqual(total);
    } finally {
      await restored.close();
    }
  });
});

describe('restore', () => {
  it('is refused while an endpoint runs on the data, and works once it has stopped', async () => {
    const dataDir = tempDir();
    const backupFile = path.join(tempDir('zvezek-backups-'), 'empty-team.sqlite');
    const server = await startServerProcess(dataDir);
    try {
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
      const backup = await admin(dataDir, 'backup', backupFile);
      expect(backup.code, backup.stderr).toBe(0);
      const refused = await admin(dataDir, 'restore', backupFile);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`process ${server.child.pid}`);
      expect(refused.stderr).toMatch(/stop it, then restore/);
      expect(fs.readdirSync(dataDir).filter((name) => name.includes('before-restore'))).toEqual([]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const restored = await admin(dataDir, 'restore', backupFile);
    expect(restored.code, restored.stderr).toBe(0);
  });

  it('ignores the lock file of an endpoint that died without stopping', async () => {
    const dataDir = tempDir();
    const backupFile = path.join(tempDir('zvezek-backups-'), 'team.sqlite');
    const server = await startServerProcess(dataDir);
    expect((await admin(dataDir, 'backup', backupFile)).code).toBe(0);
    await server.stop('SIGKILL');
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const restored = await admin(dataDir, 'restore', backupFile);
    expect(restored.code, restored.stderr).toBe(0);
    expect(integrity(path.join(dataDir, DATABASE_FILE))).toBe('ok');
  });

  it('refuses a file that is no backup, and changes nothing', async () => {
    const dataDir = tempDir();
    const t = await startServer({ dataDir });
    await createTeam(t);
    await t.close();
    const live = path.join(dataDir, DATABASE_FILE);
    const bytesBefore = fs.readFileSync(live);
    const notABackup = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notABackup, 'these are not the pages of a database');
    const emptyDatabase = path.join(tempDir(), 'empty.sqlite');
    new Database(emptyDatabase).close();

    for (const file of [notABackup, emptyDatabase, path.join(dataDir, 'missing.sqlite')]) {
      const result = await admin(dataDir, 'restore', file);
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toMatch(/not a usable backup|No file at/);
    }
    expect(fs.readFileSync(live).equals(bytesBefore)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((name) => /before-restore|restoring/.test(name))).toEqual([]);
  });
});

describe('backup', () => {
  it('says clearly what is wrong and leaves no partial file behind', async () => {
    const dataDir = tempDir();
    const t = await startServer({ dataDir });
    await t.close();
    const folder = tempDir('zvezek-backups-');

    const missingFolder = await admin(dataDir, 'backup', path.join(folder, 'no-such-folder', 'team.sqlite'));
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.stderr).toMatch(/does not exist/);

    const existing = path.join(folder, 'taken.sqlite');
    fs.writeFileSync(existing, 'an older backup');
    const taken = await admin(dataDir, 'backup', existing);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/exists already/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('an older backup');

    const noDatabase = await admin(tempDir(), 'backup', path.join(folder, 'nothing.sqlite'));
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/No database/);

    const usage = await admin(dataDir, 'backup');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run admin -- create-team \| backup FILE \| restore FILE/);
    expect(fs.readdirSync(folder)).toEqual(['taken.sqlite']);
  });
});
