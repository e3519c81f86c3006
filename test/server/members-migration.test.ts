// A database made before display names existed opens with every member named by their
// login name and active, and they sign in as before.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.ts';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { migrations } from '../../src/server/storage/sqlite/migrations.ts';
import { PASSWORD, removeTempDirs, startServer, tempDir } from './helpers/harness.ts';

afterAll(removeTempDirs);

it('gives members of an existing database their login name as display name, active', async () => {
  const dataDir = tempDir();
  const old = new Database(path.join(dataDir, DATABASE_FILE));
  const first = migrations.find((migration) => migration.version === 1);
  if (!first) throw new Error('migration 1 is missing');
  old.exec(first.sql);
  old.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  old.prepare('INSERT INTO migrations VALUES (1, ?, 0)').run(first.name);
  old.prepare("INSERT INTO teams (id, name, version, created_at) VALUES ('t_old', 'Fictional Helpers', 0, 0)").run();
  old
    .prepare("INSERT INTO users (id, team_id, username_key, name, role, password_hash, created_at) VALUES ('u_old', 't_old', 'mojca', 'Mojca', 'coordinator', ?, 0)")
    .run(await hashPassword(PASSWORD));
  old.close();

  const t = await startServer({ dataDir });
  try {
    const signIn = await t.request('POST', '/v1/auth/login', { body: { username: 'mojca', password: PASSWORD, deviceName: 'Phone' } });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toEqual({ id: 'u_old', name: 'Mojca', role: 'coordinator' });
    const users = await t.request('GET', '/v1/users', { token: signIn.body.token });
    expect(users.body).toEqual({ users: [{ id: 'u_old', role: 'coordinator', displayName: 'Mojca', active: true }] });
  } finally {
    await t.close();
  }
});
