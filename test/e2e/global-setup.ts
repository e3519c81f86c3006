// Builds the app once per e2e run into a temp folder (not the shared dist/, which other
// people rebuild at the same time) and hands it to the test files via E2E_BUILD_DIR.
import { rmSync } from 'node:fs';
import { buildApp } from './support.ts';

export default async function setup(): Promise<() => void> {
  if (process.env.E2E_BUILD_DIR) return () => {};
  const dir = await buildApp();
  process.env.E2E_BUILD_DIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.E2E_BUILD_DIR;
  };
}
