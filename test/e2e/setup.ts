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
  console.error(`\n--- what the browser did in "${task.name}" ---\n${report || '(no browser context was opened)'}\n---`);
});
