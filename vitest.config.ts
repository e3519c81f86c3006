import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Randomised store tests replay hundreds of IndexedDB transactions; on a loaded
          // 2-core machine one took over the 5 s default. A guard, not a speed check.
          testTimeout: 30_000,
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Several endpoint processes on one PostgreSQL database (test/postgres/global-setup.ts
          // finds or starts one). One file at a time: each starts three endpoint processes.
          name: 'postgres',
          include: ['test/postgres/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/postgres/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the app once per run into a temp folder (test/e2e/support.ts builtAppDir).
          globalSetup: ['test/e2e/global-setup.ts'],
          // A failed test prints what its browser pages did (test/e2e/page-log.ts).
          setupFiles: ['test/e2e/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A real browser on a shared 2-core machine has stalled once in a few hundred runs
          // (a 30 s wait for a form field that renders in 1 s; 40 repeats of that flow under
          // full CPU load never failed). One retry keeps such a stall from blocking a landing;
          // the failed attempt is still printed, with its browser log (setup.ts), and a test
          // that fails twice fails.
          retry: 1,
        },
      },
    ],
  },
});
