// The service worker only pushes (src/sync/background-sync.ts): its code must reach
// neither the pull nor the checklist dating, whose built-in templates (every item in every
// language) would be parsed on each worker start (a worker cannot load code later, so
// the build inlines every import, dynamic ones too). This follows every import, static
// and dynamic, from sw/sw.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const NOT_IN_THE_WORKER = ['src/sync/pull.ts', 'src/store/apply-pulled.ts', 'src/store/checklist-dating.ts', 'src/domain/templates/index.ts'];

const STATIC = /^(?:import|export)\s+(type\s+)?(?:([^'"]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Runtime imports of a source file, static and dynamic (type-only imports are erased). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specs: string[] = [];
  for (const [, typeOnly, names, spec = ''] of text.matchAll(STATIC)) {
    if (typeOnly) continue;
    if (names && /^\{\s*(type\s+[\w$]+\s*,?\s*)+\}$/.test(names.trim())) continue;
    specs.push(spec);
  }
  for (const [, spec = ''] of text.matchAll(DYNAMIC)) specs.push(spec);
  return specs.filter((spec) => spec.startsWith('.')).map((spec) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)));
}

function workerModules(): Map<string, string> {
  const parent = new Map<string, string>([['sw/sw.ts', '']]);
  const queue = ['sw/sw.ts'];
  while (queue.length > 0) {
    const file = queue.shift() as string;
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
  const steps = [file];
  for (let at = parent.get(file); at; at = parent.get(at)) steps.unshift(at);
  return steps.join(' -> ');
}

describe('the service worker', () => {
  it('reaches the push (it is followed at all)', () => {
    const modules = workerModules();
    expect(modules.has('src/sync/push.ts')).toBe(true);
    expect(modules.has('src/store/sync-state.ts')).toBe(true);
  });

  it('never loads the pull or the checklist dating', () => {
    const modules = workerModules();
    expect(NOT_IN_THE_WORKER.filter((file) => modules.has(file)).map((file) => chain(modules, file))).toEqual([]);
  });
});
