// Takes screenshots of the built reader (run `npx vite preview` first): node scripts/screenshots.mjs [url] [outdir]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'screenshots';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const pair = '?a=kim-praises-relationship&b=kim-hails-russia-ties';
const shots = [
  {
    name: 'reader-desktop',
    viewport: { width: 1280, height: 800 },
    scheme: 'light',
    path: `${pair}&p=4`,
  },
  {
    name: 'reader-phone',
    viewport: { width: 390, height: 844 },
    scheme: 'light',
    path: `${pair}&p=9`,
  },
  // A passage further down: the page scrolls so the text panels fill the window.
  {
    name: 'reader-desktop-reading',
    viewport: { width: 1280, height: 800 },
    scheme: 'light',
    path: `${pair}&p=20`,
  },
  {
    name: 'reader-desktop-dark',
    viewport: { width: 1280, height: 800 },
    scheme: 'dark',
    path: `${pair}&p=9`,
  },
  { name: 'reader-phone-dark', viewport: { width: 390, height: 844 }, scheme: 'dark', path: pair },
  { name: 'start-desktop', viewport: { width: 1280, height: 800 }, scheme: 'light', path: '' },
  {
    name: 'bad-link',
    viewport: { width: 390, height: 844 },
    scheme: 'light',
    path: '?a=nope&b=kim-hails-russia-ties',
  },
];
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: shot.viewport,
    colorScheme: shot.scheme,
    deviceScaleFactor: 1,
  });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base + shot.path);
  await page.locator('[data-kind]').first().waitFor();
  await page.screenshot({ path: `${out}/${shot.name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
