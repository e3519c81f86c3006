// Lighthouse 12 (pinned) against the built app served by the endpoint, as a phone on a
// data plan sees it: mobile preset (simulated slow 4G, 4x CPU), the browser of
// CHROME_PATH or Debian's Chromium. Prints every category score and the Core Web Vitals
// beside the aims; a fresh device's first visit to / lands on the first-run choice.
// Serves the build in BENCH_APP_DIR, or dist/ (which `npm run bench` has just built).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromePath, chromiumArgs, nodeBinary, repoRoot, startServer } from '../e2e/support.ts';

const exec = promisify(execFile);

const aims: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100 };

interface Report {
  finalDisplayedUrl: string;
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { title: string; displayValue?: string; numericValue?: number; score: number | null }>;
}

export async function runLighthouse(url: string): Promise<Report> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'tz-lighthouse-'));
  const output = path.join(outDir, 'report.json');
  try {
    const flags = chromiumArgs.filter((flag) => flag !== '--headless');
    await exec(
      nodeBinary(),
      [
        path.join(repoRoot, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--chrome-flags=--headless=new ${flags.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath() }, maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(readFileSync(output, 'utf8')) as Report;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')} on ${os.cpus().length} cores`);
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? path.join(repoRoot, 'dist'));
  const server = await startServer({ staticDir: appDir });
  try {
    const report = await runLighthouse(`${server.url}/`);
    console.log(`Lighthouse 12 mobile, ${server.url}/ (shown: ${new URL(report.finalDisplayedUrl).pathname})`);
    for (const [id, category] of Object.entries(report.categories)) {
      const score = category.score === null ? Number.NaN : Math.round(category.score * 100);
      const aim = aims[id];
      const verdict = aim === undefined ? '' : score >= aim ? `  (aim >= ${aim}: met)` : `  (aim >= ${aim}: NOT MET)`;
      console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}${verdict}`);
    }
    console.log('  Core Web Vitals (lab; Total Blocking Time stands in for Interaction to Next Paint):');
    for (const id of ['largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'first-contentful-paint', 'speed-index', 'interactive']) {
      const audit = report.audits[id];
      if (audit) console.log(`    ${audit.title.padEnd(26)} ${audit.displayValue ?? ''}`);
    }
    for (const id of ['total-byte-weight', 'uses-text-compression', 'unused-javascript']) {
      const audit = report.audits[id];
      if (audit) console.log(`  ${audit.title}: ${audit.displayValue || (audit.score === 1 ? 'passed' : 'not passed')}`);
    }
    const failing = Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9)
      .map(([id]) => id);
    if (failing.length) console.log(`  audits below 90: ${failing.join(', ')}`);
  } finally {
    await server.stop();
  }
}
