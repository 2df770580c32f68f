/**
 * Start-up budgets, measured on the built artefacts as a user meets them:
 * - the command line (`node dist-cli/verbatim.js`): whole-process wall time and peak memory of
 *   `list` and `compare` of two bundled articles, next to bare `node -e 0` in the same run;
 * - the page: the gzip size of the JavaScript the first paint needs (the entry and what it
 *   imports statically), and in Chromium the time to the first marked word and the longest
 *   main-thread task while a 40k-word pair is compared and drawn.
 * The machine is shared: times are medians, and Node's own start-up is given as the baseline.
 * To compare the page with an earlier version, build that version and pass its `dist` folder
 * as BENCH_BASELINE_DIST: its figures are measured in the same run, with ratios.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { brownParagraphs } from '../tests/support/brown';
import { generatePair } from '../tests/support/generate';

const ROOT = join(import.meta.dirname, '..');
const BIN = 'dist-cli/verbatim.js';
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');

/** Wall time (ms, from the parent) and peak RSS (MB, from /usr/bin/time) of one process. */
function measureProcess(args: string[]): { ms: number; mb: number } {
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  const kb = Number(run.stderr.trim().split('\n').at(-1));
  return { ms, mb: kb / 1024 };
}

function commandLine(runs = 9): void {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  if (built.status !== 0) throw new Error('the command line did not build');
  const cases = [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'], budget: null },
    { name: 'verbatim list', args: [BIN, 'list'], budget: 200 },
    {
      name: 'verbatim compare (2 bundled)',
      args: [BIN, 'compare', 'kim-praises-relationship', 'kim-hails-ties-ahead'],
      budget: 300,
    },
  ];
  console.log(
    `\nCommand line start-up (node ${BIN}, no TypeScript loader): median of ${runs} runs, whole process`,
  );
  console.log('  command                        wall ms   over node   peak RSS MB   budget');
  let baseline = 0;
  for (const c of cases) {
    measureProcess(c.args); // warm the file cache
    const samples = Array.from({ length: runs }, () => measureProcess(c.args));
    const ms = median(samples.map((s) => s.ms));
    const mb = median(samples.map((s) => s.mb));
    if (c.budget === null) baseline = ms;
    const over = c.budget === null ? '' : `+${(ms - baseline).toFixed(0)}`;
    const budget = c.budget === null ? '' : `<= ${c.budget} ms: ${verdict(ms, c.budget)}`;
    console.log(
      `  ${c.name.padEnd(30)} ${ms.toFixed(0).padStart(7)}   ${over.padStart(9)}   ${mb.toFixed(0).padStart(11)}   ${budget}`,
    );
  }
}

const DIST = join(ROOT, 'dist');
const BASELINE = process.env.BENCH_BASELINE_DIST ?? null;

/** The entry script of a built page and every chunk it imports statically, recursively. */
function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`.
    for (const m of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(`assets/${m[1]}`);
  };
  visit(entry);
  return [...seen];
}

function pageWeight(): void {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the page did not build: ${built.stderr}`);
  const gzipped = (dist: string) =>
    initialScripts(dist).map((f) => [f, gzipSync(readFileSync(join(dist, f))).length] as const);
  const sizes = gzipped(DIST);
  const files = sizes.map(([f]) => f);
  const bytes = sizes.map(([, n]) => n);
  const total = bytes.reduce((a, b) => a + b, 0);
  console.log(
    `\nThe page's initial JavaScript (gzip): ${(total / 1000).toFixed(1)} kB = ${(total / 1024).toFixed(1)} KiB [<= 90 KB: ${verdict(total / 1024, 90)} in KiB, ${verdict(total / 1000, 90)} in kB]`,
  );
  for (const [i, f] of files.entries())
    console.log(`  ${f.padEnd(36)} ${(bytes[i]! / 1000).toFixed(1)} kB`);
  if (BASELINE) {
    const before = gzipped(BASELINE).reduce((a, [, n]) => a + n, 0);
    console.log(
      `  baseline (${BASELINE}): ${(before / 1000).toFixed(1)} kB; now / baseline = ${(total / before).toFixed(2)}`,
    );
  }
  console.log(
    "  loaded after the first script: the engine (worker), the labels, verdict and figures (a second\n  worker), the bundled articles (data); when needed: Readability, the Markdown parser, lz-string,\n  the report, own-source reading, the menu's contents",
  );
}

async function preview<T>(
  dist: string,
  port: number,
  measure: (base: string) => Promise<T>,
): Promise<T> {
  const args = ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'];
  const server = spawn('npx', args, {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  try {
    for (let tries = 0; ; tries++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        if (tries > 200) throw new Error(`vite preview did not answer at ${base}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return await measure(base);
  } finally {
    process.kill(-server.pid!);
  }
}

/** Median time from navigation to the first marked word, over `runs` fresh pages. */
async function firstMarkedWord(browser: Browser, base: string, runs: number) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-kind]')) return;
        (window as unknown as { firstMark: number }).firstMark = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${base}?a=kim-praises-relationship&b=kim-hails-russia-ties`);
    await page.waitForSelector('[data-kind]');
    times.push(await page.evaluate(() => (window as unknown as { firstMark: number }).firstMark));
    await page.close();
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

async function inChromium(runs = 7): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 4391);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Alternating rounds, so a busy spell on the shared machine falls on both builds alike.
    const builds = BASELINE ? [DIST, BASELINE] : [DIST];
    const results = new Map<string, number[]>(builds.map((d) => [d, []]));
    for (let round = 0; round < 3; round++) {
      for (const dist of builds) {
        const { median: m } = await preview(dist, port, (base) =>
          firstMarkedWord(browser, base, runs),
        );
        results.get(dist)!.push(m);
      }
    }
    const now = median(results.get(DIST)!);
    console.log(
      `\nIn Chromium (${CHROMIUM_PATH}, vite preview): time from navigation to the first marked word, median of 3 rounds of ${runs} pages: ${now.toFixed(0)} ms`,
    );
    if (BASELINE) {
      const before = median(results.get(BASELINE)!);
      console.log(
        `  baseline (${BASELINE}): ${before.toFixed(0)} ms; now / baseline = ${(now / before).toFixed(2)}`,
      );
    }
    const longest = await preview(DIST, port, (base) => longestTask(browser, base));
    console.log(
      `  longest main-thread task, 40k-word pair compared and drawn: ${longest} ms [< 100 ms]`,
    );
  } finally {
    await browser.close();
  }
}

/** What tests/e2e/long.spec.ts once asserted, as a figure: the page's longest blocking task. */
async function longestTask(browser: Browser, base: string): Promise<number> {
  const pair = generatePair(brownParagraphs(), {
    words: 20_000,
    editRate: 0.02,
    moveRate: 0.05,
    seed: 3,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}?a=kim-praises-relationship&b=kim-hails-russia-ties`);
  await page.waitForSelector('[data-kind]');
  const add = async (title: string, text: string) => {
    await page.getByRole('button', { name: 'Add your own source…' }).click();
    await page.getByLabel('Title (optional)').fill(title);
    await page.getByLabel(/^Article text/).fill(text);
    // Laying out 60 KB pasted into a text area is the browser's own work, before any comparison.
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Compare with source A' }).click();
    return start;
  };
  await add('Long original', pair.a);
  await page.getByRole('heading', { level: 2, name: 'Long original' }).waitFor({ timeout: 30_000 });
  const original = await page
    .locator('option', { hasText: 'Long original' })
    .first()
    .getAttribute('value');
  await page.getByRole('combobox', { name: 'Source A' }).selectOption(original!);
  const start = await add('Long copy', pair.b);
  await page.getByRole('heading', { level: 2, name: 'Long copy' }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => !document.body.textContent?.includes('Drawing paragraph'),
    null,
    {
      timeout: 30_000,
    },
  );
  const tasks = await page.evaluate(
    () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
  );
  await page.close();
  return Math.round(
    Math.max(0, ...tasks.filter((t) => t.start + t.duration > start).map((t) => t.duration)),
  );
}

export async function startupBench(): Promise<void> {
  commandLine();
  pageWeight();
  await inChromium();
}
