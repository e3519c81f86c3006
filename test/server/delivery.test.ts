// How the built app and the API travel to a phone: brotli or gzip by Accept-Encoding,
// every compressed body byte for byte the file on disk, caching unchanged, and nothing
// for search engines. Uses a real `vite build`, so the build's compressed copies are
// checked too.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/server/http/compression.ts';
import { buildApp } from '../e2e/support.ts';
import { createTeam, newId, push, removeTempDirs, startServer, tempDir, TestDevice, type Member, type TestServer } from './helpers/harness.ts';

let t: TestServer;
let appDir: string;

beforeAll(async () => {
  appDir = await buildApp({ outDir: path.join(tempDir('zvezek-build-'), 'app') });
  t = await startServer({ config: { staticDir: appDir } });
}, 120_000);
afterAll(removeTempDirs);
afterAll(() => t?.close());

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (not decompressed). */
  body: Buffer;
}

/** A GET that leaves the body as sent: fetch() would decompress it on the way. */
function rawGet(urlPath: string, headers: Record<string, string>): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const request = http.get(t.url + urlPath, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function decoded(reply: RawReply): Buffer {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(reply.body);
  if (encoding === 'gzip') return gunzipSync(reply.body);
  if (encoding === undefined) return reply.body;
  throw new Error(`unexpected content-encoding ${encoding}`);
}

function varyNames(reply: RawReply): string[] {
  return String(reply.headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
}

function builtFiles(): string[] {
  return fs
    .readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(appDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const CLIENTS = [
  { accepts: 'gzip, deflate, br, zstd', expect: 'br' },
  { accepts: 'gzip, deflate', expect: 'gzip' },
  { accepts: 'identity', expect: undefined },
  { accepts: '', expect: undefined },
] as const;

function acceptHeader(accepts: string): Record<string, string> {
  return accepts ? { 'accept-encoding': accepts } : {};
}

describe('the built app', () => {
  it('has brotli and gzip copies of its text files, and the service worker precaches none of them', () => {
    const files = builtFiles();
    const text = files.filter((file) => /\.(js|css|html|svg|json|webmanifest)$/.test(file));
    expect(text.length).toBeGreaterThan(20);
    for (const file of text) {
      const size = fs.statSync(path.join(appDir, file)).size;
      // A copy is left out only when it would be no smaller than the file.
      if (size > 200) {
        expect(files, file).toContain(`${file}.br`);
        expect(files, file).toContain(`${file}.gz`);
      }
    }
    const sw = fs.readFileSync(path.join(appDir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/\.(br|gz)["']/);
  });

  it('serves brotli to who accepts it, gzip to who accepts only gzip, and the file itself to anyone else', async () => {
    const files = builtFiles();
    const asset = (pattern: RegExp) => files.find((file) => pattern.test(file) && file.startsWith('assets/'));
    const urls = ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/favicon.svg', `/${asset(/\.js$/)}`, `/${asset(/\.css$/)}`];
    for (const url of urls) {
      const onDisk = fs.readFileSync(path.join(appDir, url === '/' ? 'index.html' : url.slice(1)));
      for (const client of CLIENTS) {
        const reply = await rawGet(url, acceptHeader(client.accepts));
        expect(reply.status, url).toBe(200);
        expect(reply.headers['content-encoding'], `${url} for "${client.accepts}"`).toBe(client.expect);
        expect(decoded(reply).equals(onDisk), `${url} for "${client.accepts}" decompresses to the file`).toBe(true);
        expect(varyNames(reply), url).toContain('accept-encoding');
        if (client.expect) expect(reply.body.length, url).toBeLessThan(onDisk.length);
      }
    }
  });

  it('keeps each file type of its content and caching, compressed or not', async () => {
    const script = builtFiles().find((file) => file.startsWith('assets/') && file.endsWith('.js'));
    for (const client of CLIENTS) {
      const headers = acceptHeader(client.accepts);
      const asset = await rawGet(`/${script}`, headers);
      expect(asset.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const sw = await rawGet('/sw.js', headers);
      expect(sw.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(sw.headers['cache-control']).toBe('no-cache');
      const page = await rawGet('/', headers);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      const deepLink = await rawGet('/cases/some-case', headers);
      expect(deepLink.headers['content-encoding']).toBe(client.expect);
      expect(decoded(deepLink).equals(fs.readFileSync(path.join(appDir, 'index.html')))).toBe(true);
      expect(deepLink.headers['cache-control']).toBe('no-cache');
    }
  });
});

describe('search engines', () => {
  it('are asked to stay away by a robots.txt file', async () => {
    const reply = await rawGet('/robots.txt', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(reply.body.toString('utf8')).toMatch(/^User-agent: \*\s*$/m);
    expect(reply.body.toString('utf8')).toMatch(/^Disallow: \/\s*$/m);
  });

  it('are told noindex on every answer: app, files, API, errors', async () => {
    for (const url of ['/', '/sw.js', '/cases/x', '/robots.txt', '/healthz', '/readyz', '/v1/sync/pull', '/v1/nothing', '/no-such-file.js']) {
      const reply = await rawGet(url, { 'accept-encoding': 'br' });
      expect(reply.headers['x-robots-tag'], url).toBe('noindex, nofollow');
    }
  });
});

describe('API answers', () => {
  let coordinator: Member;

  beforeAll(async () => {
    coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    const mutations = Array.from({ length: 30 }, (_, i) => device.set('case', newId(), { displayName: `Fictional case ${i}`, status: 'open' }));
    expect((await push(t, coordinator, mutations)).status).toBe(200);
  });

  const api = (urlPath: string, acceptEncoding: string) =>
    rawGet(urlPath, {
      'x-protocol-version': '1',
      authorization: `Bearer ${coordinator.token}`,
      ...acceptHeader(acceptEncoding),
    });

  it('over 1 KB go out compressed as the client accepts, and decompress to the same JSON', async () => {
    const plain = await api('/v1/sync/pull', '');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const expected = JSON.parse(plain.body.toString('utf8')) as { records: unknown[] };
    expect(expected.records).toHaveLength(30);
    for (const client of CLIENTS) {
      const reply = await api('/v1/sync/pull', client.accepts);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding'], client.accepts).toBe(client.expect);
      expect(varyNames(reply)).toContain('accept-encoding');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(JSON.parse(decoded(reply).toString('utf8'))).toEqual(expected);
      if (client.expect) expect(reply.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it('of 1 KB or less, errors included, go out as they are', async () => {
    for (const url of ['/healthz', '/v1/nothing', '/v1/sync/pull?cursor=not-a-cursor']) {
      const reply = await api(url, 'gzip, deflate, br');
      expect(reply.body.length, url).toBeLessThanOrEqual(1024);
      expect(reply.headers['content-encoding'], url).toBeUndefined();
      expect(() => JSON.parse(reply.body.toString('utf8')), url).not.toThrow();
    }
  });
});

describe('choosing an encoding', () => {
  it('follows the client: q=0 refuses, * stands for the rest, brotli first on a tie', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('gzip;q=0, *')).toBe('br');
    expect(chooseEncoding('BR')).toBe('br');
  });
});
