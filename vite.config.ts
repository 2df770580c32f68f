import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { corpusPlugin } from './build/corpusPlugin';
import { palettePlugin } from './build/palettePlugin';

/**
 * The built page's Content-Security-Policy: no inline script and no origin but its own (the
 * bundled articles, the worker and the styles all come from it). Only for the build: the dev
 * server injects inline scripts for hot reloading.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Modules of the first paint that later chunks import too (see `codeSplitting` below). */
const FIRST_PAINT_SHARED =
  /^\0vite\/preload-helper|node_modules\/(react|react-dom|scheduler)\/|node_modules\/zustand\/esm\/(vanilla|react)\.mjs|\/src\/core\/(wording|tokenize|normalize|limits|sources\/title)\.ts$/;

const contentSecurityPolicy: Plugin = {
  name: 'verbatim-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
};

export default defineConfig({
  // Relative base: the built files work when served from any path.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy, corpusPlugin(), palettePlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Browsers that run module workers all support modulepreload: no polyfill in the first script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and the few modules of ours that the first paint shares with chunks loaded
          // later go into one chunk. Left to itself the bundler cuts each shared module into a
          // file of its own: the same code, but each file compressed on its own and a request.
          groups: [{ name: 'first', test: FIRST_PAINT_SHARED }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // A budget per test for a loaded 2-core machine; no test asserts a time.
    testTimeout: 30_000,
  },
});
