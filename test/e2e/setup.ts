// When an end-to-end test fails, print what its browser pages did (page-log.ts): the
// assertion alone ("waiting for getByLabel('Name')") rarely says why.
import { afterEach, beforeEach } from 'vitest';
import { takeContextLogs } from './page-log.ts';

beforeEach(() => {
  // Only what happens during this test is reported with it (a context from beforeAll
  // that stays open is reported from here on).
  takeContextLogs();
});

afterEach(({ task }) => {
  const logs = takeContextLogs();
  if (task.result?.state !== 'fail') return;
  const report = logs.map((lines, i) => [`browser context ${i + 1}:`, ...lines.map((line) => `  ${line}`)].join('\n')).join('\n');
  // With a retry left (vitest.config.ts), vitest reports only the last attempt: say here
  // that this one failed and why, so a test that passed on its retry is still visible.
  const attempt = (task.result?.retryCount ?? 0) + 1;
  const first = task.result?.errors?.[0];
  const error = first?.message?.split('\n')[0] ?? '(no message)';
  // Where in the test it failed: the first frame in a test file.
  const where = first?.stack?.split('\n').find((line) => /\.test\.ts:\d+/.test(line))?.trim() ?? '';
  console.error(
    `\n--- "${task.name}" failed on attempt ${attempt}: ${error} ${where}\n--- what the browser did:\n${report || '(no browser context was opened)'}\n---`,
  );
});
