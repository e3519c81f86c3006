import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The build is the whole offline app: the service worker (sw/sw.ts) precaches every
// file emitted here, so a phone that loaded the app once works with no network at all.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    emptyOutDir: true,
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,json,woff2}'],
      },
    }),
  ],
});
