// No import circles in the app's code (src/, sw/): a circle makes load order decide what a
// module sees, and hides which part depends on which (ARCHITECTURE.md). dependency-cruiser
// follows every import, type-only and dynamic ones included, and this fails on any circle.
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function circles(): Promise<{ modules: number; cycles: string[] }> {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const reported = await cruise(['src', 'sw'], {
      validate: true,
      ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
    });
    const result = reported.output as ICruiseResult;
    return {
      modules: result.summary.totalCruised,
      cycles: result.summary.violations.map((violation) =>
        [violation.from, ...(violation.cycle ?? []).map((step) => (typeof step === 'string' ? step : step.name))].join(' -> '),
      ),
    };
  } finally {
    process.chdir(previous);
  }
}

describe('imports', () => {
  it('form no circles in src/ and sw/', { timeout: 180_000 }, async () => {
    const { modules, cycles } = await circles();
    expect(modules).toBeGreaterThan(300); // it really followed the tree
    expect(cycles).toEqual([]);
  });
});
