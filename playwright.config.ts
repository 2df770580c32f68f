import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Several checkouts on one machine can each run their own suite on a port of their own.
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: Playwright empties it at start, and the unit results sit beside it.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // One at a time: the machine is shared, and one browser at a time keeps each test's page responsive.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // Always our own fresh build: a server left running could be an older one.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
