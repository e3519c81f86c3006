// Stops the run at once, with one line saying how to install a browser, when there is
// none (instead of every test timing out on its own). Then builds the app once per e2e
// run into a temp folder (not the shared dist/, which other people rebuild at the same
// time) and hands it to the test files via E2E_BUILD_DIR.
import { rmSync } from 'node:fs';
import { buildApp, missingBrowser } from './support.ts';

export default async function setup(): Promise<() => void> {
  const missing = missingBrowser();
  if (missing) {
    // A thrown error would print vitest's stack trace around the one line that matters.
    console.error(missing);
    process.exit(1);
  }
  if (process.env.E2E_BUILD_DIR) return () => {};
  const dir = await buildApp();
  process.env.E2E_BUILD_DIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.E2E_BUILD_DIR;
  };
}
