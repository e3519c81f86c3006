// The service worker only pushes (src/sync/background-sync.ts): its code must reach
// neither the pull nor the checklist dating, whose built-in templates (every item in every
// language) would be parsed on each worker start (a worker cannot load code later, so
// the build inlines every import, dynamic ones too). This follows every import, static
// and dynamic, from sw/sw.ts.
import { describe, expect, it } from 'vitest';
import { chain, reachableFrom } from './import-walk.ts';

const NOT_IN_THE_WORKER = ['src/sync/pull.ts', 'src/store/apply-pulled.ts', 'src/store/checklist-dating.ts', 'src/domain/templates/index.ts'];

const workerModules = () => reachableFrom(['sw/sw.ts'], { dynamic: true });

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
