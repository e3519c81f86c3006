// SYNC-PROTOCOL.md, Deletion and erasure: erased values leave every file of the endpoint
// within 5 s while it keeps running, and database files are readable by the endpoint's
// own user only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { createTeam, newId, push, removeTempDirs, startServer, tempDir, TestDevice } from './helpers/harness.ts';

afterAll(removeTempDirs);

/** The files of the data folder that hold `text` (as UTF-8 bytes). */
function filesHolding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return fs
    .readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => fs.readFileSync(file).includes(needle));
}

async function untilNoFileHolds(dataDir: string, text: string, withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  let holding = filesHolding(dataDir, text);
  while (holding.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    holding = filesHolding(dataDir, text);
  }
  return holding;
}

describe('erased values', () => {
  it('leave the database and its write-ahead log within 5 s of a deletion and of a case erasure, while the endpoint runs', async () => {
    const t = await startServer();
    try {
      const coordinator = await createTeam(t);
      const device = new TestDevice(coordinator);
      const caseId = newId();
      const noteId = newId();
      const noteText = 'Fictional note text 7d1e that must be erased';
      const caseText = 'Fictional Person 2b9a';
      const created = await push(t, coordinator, [
        device.set('case', caseId, { displayName: caseText }),
        device.set('note', noteId, { body: noteText }, { caseId }),
        device.set('note', newId(), { body: `${caseText} called again` }, { caseId }),
      ]);
      expect(created.status).toBe(200);
      expect(filesHolding(t.dataDir, noteText).length).toBeGreaterThan(0);

      expect((await push(t, coordinator, [device.delete('note', noteId, { caseId })])).status).toBe(200);
      expect(await untilNoFileHolds(t.dataDir, noteText, 5000)).toEqual([]);
      expect(filesHolding(t.dataDir, caseText).length).toBeGreaterThan(0);

      expect((await push(t, coordinator, [device.delete('case', caseId)])).status).toBe(200);
      expect(await untilNoFileHolds(t.dataDir, caseText, 5000)).toEqual([]);
      expect((await t.request('GET', '/readyz')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('file permissions', () => {
  it('makes the data folder 0700 and the database files 0600, also when DATA_DIR already exists', async () => {
    const dataDir = tempDir();
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'unrelated.txt'), 'left alone');
    const t = await startServer({ dataDir });
    try {
      await createTeam(t);
      const databaseFiles = fs.readdirSync(dataDir).filter((name) => name.startsWith(DATABASE_FILE));
      expect(databaseFiles).toContain(DATABASE_FILE);
      expect(databaseFiles.length).toBeGreaterThan(1);
      for (const name of databaseFiles) expect([name, fs.statSync(path.join(dataDir, name)).mode & 0o777]).toEqual([name, 0o600]);
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await t.close();
    }
  });

  it('narrows a database file made world-readable before the start', async () => {
    const dataDir = tempDir();
    const first = await startServer({ dataDir });
    await first.close();
    fs.chmodSync(path.join(dataDir, DATABASE_FILE), 0o644);
    const t = await startServer({ dataDir });
    try {
      expect(fs.statSync(path.join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
    } finally {
      await t.close();
    }
  });
});
