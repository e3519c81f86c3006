// The first screen (the entry script and the case list) loads no zod, no sync code and no
// Dexie: a phone on a data plan downloads them only for the screens that use them (the
// case list paints its first page without Dexie: src/store/first-case-list.ts). This
// follows the static imports (dynamic import() is a later download) from the entry.
import { describe, expect, it } from 'vitest';
import { chain, importsOf as allImportsOf, reachableFrom } from './import-walk.ts';

const FIRST_SCREEN = ['src/main.tsx', 'src/app/cases/CaseListScreen.tsx'];

/** Static imports only: a dynamic import() is a later download, not the first screen's. */
const importsOf = (file: string) => allImportsOf(file, { dynamic: false });
const firstScreenModules = () => reachableFrom(FIRST_SCREEN, { dynamic: false });

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
