// What the benchmarks share: building a bench page (test/bench/pages) with Vite, serving a
// folder on loopback, typed calls into the page's API object, and the figures' format.
// Not a *.bench.ts file, so run.ts does not run it.
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { repoRoot } from '../e2e/support.ts';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`;
}

/**
 * Bundles `test/bench/pages/<name>.html` and the store code it imports into `outDir` (a
 * fresh temporary folder when not given) and returns that folder.
 */
export async function buildBenchPage(name: string, outDir?: string): Promise<string> {
  const root = path.join(repoRoot, 'test/bench/pages');
  const dir = outDir ?? mkdtempSync(path.join(os.tmpdir(), `tz-${name}-`));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(root, `${name}.html`) } },
  });
  return dir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Serves the files of `dir` on 127.0.0.1 (a free port). */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type BenchApi = Record<string, (...args: never[]) => unknown>;

/** Typed calls into the API object a bench page puts on `window[global]`. */
export function callIn<Api extends BenchApi>(page: Page, global: string) {
  return <K extends keyof Api & string>(name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> =>
    page.evaluate(
      ([where, fn, fnArgs]) => {
        const api = (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[where]!;
        return api[fn]!(...(fnArgs as unknown[]));
      },
      [global, name, args] as const,
    ) as Promise<Awaited<ReturnType<Api[K]>>>;
}
