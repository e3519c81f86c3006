// Every IndexedDB read and write of the device goes through src/store (ARCHITECTURE.md):
// the encryption at rest slots in there, in one place. Outside it, code calls the store's
// functions; the only Dexie name it may use is `liveQuery` (re-running a store query when
// the data it read changes). This test fails on a Dexie table, transaction or database
// call anywhere else in the device's code (src/app, src/sync, src/main.tsx, sw/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const CHECKED = ['src/app', 'src/sync', 'src/main.tsx', 'sw'];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\.db\b(?!\w)/, 'reaches into the store\'s Dexie database (store.db)'],
  [/\bdb\s*\.\s*(records|caseIndex|outbox|meta|drafts|rejected|table|transaction|open|close|delete)\b/, 'calls a Dexie table or the database'],
  [/from\s+['"]dexie['"]/, 'imports from dexie'],
];

/** What a source text does with Dexie that only src/store may do (liveQuery is allowed). */
function storageCalls(text: string): string[] {
  const found: string[] = [];
  for (const [lineNo, line] of text.split('\n').entries()) {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
    for (const [pattern, what] of FORBIDDEN) {
      if (!pattern.test(line)) continue;
      if (what === 'imports from dexie' && /^\s*import\s*\{\s*liveQuery\s*\}\s*from/.test(line)) continue;
      found.push(`${lineNo + 1}: ${what}: ${line.trim()}`);
    }
  }
  return found;
}

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name))).filter((file) => /\.(ts|tsx)$/.test(file));
}

describe('the store owns the device storage', () => {
  it('finds what it looks for', () => {
    expect(storageCalls("await store.db.outbox.add(row);")).toHaveLength(2);
    expect(storageCalls("const { db } = store;\nawait db.meta.put(row);")).toHaveLength(1);
    expect(storageCalls("import { Dexie } from 'dexie';")).toHaveLength(1);
    expect(storageCalls("import { liveQuery } from 'dexie';")).toEqual([]);
    expect(storageCalls("// store.db.outbox is the store's")).toEqual([]);
  });

  it('has no Dexie call outside src/store', () => {
    const offenders = CHECKED.flatMap(sourceFiles).flatMap((file) =>
      storageCalls(readFileSync(path.join(root, file), 'utf8')).map((call) => `${file}:${call}`),
    );
    expect(offenders).toEqual([]);
  });
});
