import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// A phone on a data plan downloads the app compressed: next to every text file of the
// build go `.br` and `.gz` copies, made once here at the highest levels (too slow per
// request), which the endpoint serves by Accept-Encoding (src/server/static.ts). Runs
// after vite-plugin-pwa has written sw.js, so the service worker is compressed too.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
let outDir = 'dist';
const compressedCopies: Plugin = {
  name: 'compressed-copies',
  apply: 'build',
  configResolved(config) {
    outDir = path.resolve(config.root, config.build.outDir);
  },
  closeBundle: {
    sequential: true,
    order: 'post',
    handler() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const body = readFileSync(file);
        const brotli = brotliCompressSync(body, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        const gzip = gzipSync(body, { level: 9 });
        // A copy that saves nothing is left out; the endpoint then sends the file itself.
        if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  },
};

// The build is the whole offline app: the service worker (sw/sw.ts) precaches every
// file emitted here, so a phone that loaded the app once works with no network at all.
export default defineConfig({
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(version),
  },
  build: {
    target: 'es2022',
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // A language's texts are named for it, so the service worker can precache English
        // only and keep other languages once a device uses them (sw/language-files.ts).
        chunkFileNames: (chunk) => {
          const locale = /\/locales\/([a-z]{2,3})\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      // Icons in the manifest and these files are precached by the plugin itself; do not
      // add png or webmanifest to globPatterns (TOOLCHAIN.md).
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Terenski zvezek',
        short_name: 'Zvezek',
        description: 'Offline field notebook for counselors helping migrants, asylum seekers and refugees in Slovenia.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5c57',
        background_color: '#f5f6f4',
        categories: ['productivity', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,json,woff2}'],
        // The Pashto and Urdu handout fonts (about 210 KB) are kept by the worker once
        // used, not installed for everyone (src/app/checklists/handout-fonts.ts).
        globIgnores: ['**/noto-*-arabic-*.woff2'],
      },
    }),
    compressedCopies,
  ],
});
