import { brownParagraphs } from '../../bench/brown';
import { generatePair } from '../../bench/generate';
import { expect, test } from './fixtures';

// Two texts of about 20k words each (twice the 20k words of the requirement): the comparison
// runs in the worker and the text is drawn in deferred slices, so the page must never block for
// more than 100 ms while it runs and draws (Long Tasks API). With the worker, the slices and the
// deferred render all turned off, the longest task here measured 97-172 ms; with them, none
// over 50 ms.
const pair = generatePair(brownParagraphs(), {
  words: 20_000,
  editRate: 0.02,
  moveRate: 0.05,
  seed: 3,
});

test('a 40k-word comparison never blocks the page for more than 100 ms', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // The progress line may show for a few milliseconds only: record every text it shows.
    const seen: string[] = ((window as unknown as { statusSeen: string[] }).statusSeen = []);
    new MutationObserver(() => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./?a=kim-praises-relationship&b=kim-hails-russia-ties');
  await expect(page.locator('article')).toHaveCount(2);

  const add = async (title: string, text: string) => {
    await page.getByRole('button', { name: 'Add your own source…' }).click();
    await page.getByLabel('Title (optional)').fill(title);
    await page.getByLabel(/^Article text/).fill(text);
    // Laying out 60 KB pasted into a text area is the browser's own work (about 200 ms
    // here), before any comparison: the measurement starts when the comparison does.
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Compare with source A' }).click();
    return start;
  };
  await add('Long original', pair.a);
  await expect(page.getByRole('heading', { level: 2, name: 'Long original' })).toBeVisible({
    timeout: 20_000,
  });
  const original = await page
    .locator('option', { hasText: 'Long original' })
    .first()
    .getAttribute('value');
  await page.getByRole('combobox', { name: 'Source A' }).selectOption(original!);

  const start = await add('Long copy', pair.b);
  await expect(page.getByRole('heading', { level: 2, name: 'Long copy' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/Drawing paragraph/)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('summary-b')).toContainText(/9\d% of B also stands in A/);
  const seen = await page.evaluate(
    () => (window as unknown as { statusSeen: string[] }).statusSeen,
  );
  expect(seen).toContainEqual(expect.stringMatching(/Comparing [34]\d,\d{3} words/));
  // A task that started before the click (the paste's layout) is not the comparison's.
  const longTasks = (
    await page.evaluate(
      () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    )
  )
    .filter((t) => t.start + t.duration > start)
    .map((t) => Math.round(t.duration));
  console.log(
    `longest main-thread task while comparing and drawing: ${Math.max(0, ...longTasks)} ms (${longTasks.length} over 50 ms)`,
  );
  expect(Math.max(0, ...longTasks)).toBeLessThan(100);
});
