// Follows a source tree's imports from its entry files, for tests that keep code out of a
// bundle (the first screen, the service worker). Reads the files as text: no build needed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

const STATIC = /^(?:import|export)\s+(type\s+)?(?:([^'"]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Runtime imports of a source file (type-only imports are erased by the build): relative
 * ones as paths from the repository root, packages by name. `dynamic` adds import() calls,
 * which a service worker build inlines but a page downloads later.
 */
export function importsOf(file: string, options: { dynamic: boolean }): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specs: string[] = [];
  for (const [, typeOnly, names, spec = ''] of text.matchAll(STATIC)) {
    if (typeOnly) continue;
    if (names && /^\{\s*(type\s+[\w$]+\s*,?\s*)+\}$/.test(names.trim())) continue;
    specs.push(spec);
  }
  if (options.dynamic) for (const [, spec = ''] of text.matchAll(DYNAMIC)) specs.push(spec);
  return specs.map((spec) => (spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)) : spec));
}

/** Every module reached from `entries`, each with the module that first imported it. */
export function reachableFrom(entries: readonly string[], options: { dynamic: boolean }): Map<string, string> {
  const parent = new Map<string, string>(entries.map((file) => [file, '']));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (!/\.(ts|tsx)$/.test(file) || !existsSync(path.join(root, file))) continue;
    for (const next of importsOf(file, options)) {
      if (parent.has(next)) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return parent;
}

/** How `file` is reached: "entry -> … -> file". */
export function chain(parent: Map<string, string>, file: string): string {
  const steps = [file];
  for (let at = parent.get(file); at; at = parent.get(at)) steps.unshift(at);
  return steps.join(' -> ');
}
