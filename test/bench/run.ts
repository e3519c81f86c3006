// `npm run bench` (after `vite build`): runs every test/bench/*.bench.ts in name order.
// A bench file exports `run(): Promise<void>` and prints its own figures; benches
// measure, they do not fail the build (speed is reported, not asserted: no timed tests).
//   npm run bench                 all benches
//   npm run bench -- shell sync   only files whose name contains "shell" or "sync"
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = import.meta.dirname;
const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .toSorted();

if (files.length === 0) {
  console.error(`no bench files${filters.length ? ` matching ${filters.join(', ')}` : ''} in ${benchDir}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') throw new Error('exports no run() function');
    await module.run();
    console.log(`(${file} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.error(`${file} failed:`, error);
  }
}
process.exit(failed ? 1 : 0);
