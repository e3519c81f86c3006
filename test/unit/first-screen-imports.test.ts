// The first screen (the entry script and the case list) loads no zod, no sync code and no
// Dexie: a phone on a data plan downloads them only for the screens that use them (the
// case list paints its first page without Dexie: src/store/first-case-list.ts). This
// follows the static imports (dynamic import() is a later download) from the entry.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FIRST_SCREEN = ['src/main.tsx', 'src/app/cases/CaseListScreen.tsx'];

const IMPORT = /^(?:import|export)\s+(type\s+)?(?:([^'"]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Static runtime imports of a source file (type-only imports are erased by the build). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const [, typeOnly, names, spec = ''] = match;
    if (typeOnly) continue;
    if (names && /^\{\s*(type\s+[\w$]+\s*,?\s*)+\}$/.test(names.trim())) continue;
    found.push(spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)) : spec);
  }
  return found;
}

function firstScreenModules(): Map<string, string> {
  const parent = new Map<string, string>();
  const queue = [...FIRST_SCREEN];
  for (const file of FIRST_SCREEN) parent.set(file, '');
  while (queue.length) {
    const file = queue.shift()!;
    if (!/\.(ts|tsx)$/.test(file) || !existsSync(path.join(root, file))) continue;
    for (const next of importsOf(file)) {
      if (parent.has(next)) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return parent;
}

function chain(parent: Map<string, string>, file: string): string {
  const links = [file];
  for (let at = parent.get(file); at; at = parent.get(at)) links.push(at);
  return links.join(' <- ');
}

describe('the first screen', () => {
  const modules = firstScreenModules();

  it('reaches the case list and its first read through static imports (the walk works)', () => {
    expect(modules.has('src/app/cases/CaseRows.tsx')).toBe(true);
    expect(modules.has('src/store/first-case-list.ts')).toBe(true);
  });

  it('imports no Dexie', () => {
    const withDexie = [...modules.keys()].filter((file) => /\.(ts|tsx)$/.test(file) && importsOf(file).includes('dexie'));
    expect(withDexie.map((file) => chain(modules, file))).toEqual([]);
  });

  it('imports no zod schema', () => {
    const withZod = [...modules.keys()].filter(
      (file) => /\.(ts|tsx)$/.test(file) && importsOf(file).some((spec) => spec === 'zod' || spec.startsWith('zod/')),
    );
    expect(withZod.map((file) => chain(modules, file))).toEqual([]);
  });

  it('imports no sync code', () => {
    const sync = [...modules.keys()].filter((file) => file.startsWith('src/sync/'));
    expect(sync.map((file) => chain(modules, file))).toEqual([]);
  });
});
