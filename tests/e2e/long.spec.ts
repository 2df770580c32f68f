import { brownParagraphs } from '../support/brown';
import { generatePair } from '../support/generate';
import { expect, test } from './fixtures';

// Two texts of about 20k words each: the comparison runs in the worker and the text is drawn in
// deferred slices. How long the main thread is ever blocked is a timing, so it is measured in
// `npm run bench` (longest main-thread task), not asserted here; this test checks what holds
// whatever the machine's speed: the progress line shows, the page answers while the texts are
// compared and drawn, and the result arrives complete.
const pair = generatePair(brownParagraphs(), {
  words: 20_000,
  editRate: 0.02,
  moveRate: 0.05,
  seed: 3,
});

test('a 40k-word comparison shows its progress, keeps the page answering, and arrives', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
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
    await page.getByRole('button', { name: 'Compare with source A' }).click();
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

  await add('Long copy', pair.b);
  // The page answers a shortcut while the long pair is compared and drawn.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Long copy' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/Drawing paragraph/)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('summary-b')).toContainText(/9\d% of B also appears in A/);
  const seen = await page.evaluate(
    () => (window as unknown as { statusSeen: string[] }).statusSeen,
  );
  expect(seen).toContainEqual(expect.stringMatching(/Comparing [34]\d,\d{3} words/));
});
