import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LINK = './?a=kim-praises-relationship&b=kim-hails-russia-ties';
const pane = (page: Page, name: 'A' | 'B') =>
  page.getByRole('region', { name: `Text of source ${name}` });
const passage = (page: Page, name: 'A' | 'B', n: number) =>
  pane(page, name).locator(`[data-passage="${n}"]`).first();

/** Whether an element is inside its pane's visible area. */
async function inView(element: Locator, container: Locator): Promise<boolean> {
  const [e, c] = await Promise.all([element.boundingBox(), container.boundingBox()]);
  const viewport = element.page().viewportSize()!;
  const top = Math.max(c!.y, 0);
  const bottom = Math.min(c!.y + c!.height, viewport.height);
  return e!.y >= top - 1 && e!.y + Math.min(e!.height, 30) <= bottom + 1;
}

test('a deep link with a passage opens scrolled to it, highlighted in both texts', async ({
  page,
}) => {
  // Passage 20 stands far down both texts, so getting there takes scrolling.
  await page.goto(`${LINK}&p=20`);
  for (const name of ['A', 'B'] as const) {
    await expect(passage(page, name, 19)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => inView(passage(page, name, 19), pane(page, name))).toBe(true);
  }
});

test('clicking a passage brings its counterpart level with it', async ({ page }) => {
  await page.goto(LINK);
  const here = passage(page, 'A', 12);
  await here.scrollIntoViewIfNeeded();
  await here.click();
  const there = passage(page, 'B', 12);
  await expect(there).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/&p=13$/);
  await expect
    .poll(async () => Math.abs((await here.boundingBox())!.y - (await there.boundingBox())!.y))
    .toBeLessThan(3);
});

test('keyboard only: walk passages, jump to unique text, swap and read the help', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(passage(page, 'A', 0)).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(passage(page, 'A', 2)).toHaveAttribute('aria-current', 'true');
  await expect(passage(page, 'B', 2)).toHaveAttribute('aria-current', 'true');
  await expect(passage(page, 'A', 2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(passage(page, 'A', 1)).toBeFocused();
  await page.keyboard.press('Enter');
  // Enter chooses it (or, for a piece of a few words, the reuse case it belongs to) in both texts.
  await expect(passage(page, 'B', 1)).toHaveAttribute('aria-current', 'true');
  await expect(passage(page, 'B', 1)).toBeInViewport();
  await page.keyboard.press('n');
  await expect(page.locator(':focus')).toHaveAttribute('data-kind', 'unique');
  await page.keyboard.press('Escape');
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\?a=kim-hails-russia-ties&b=kim-praises-relationship$/);
});

test('the overview draws a band per passage, and clicking one follows it', async ({ page }) => {
  await page.goto(LINK);
  await expect(passage(page, 'B', 15)).toBeVisible();
  const bands = page.getByTestId('overview').locator('[data-band]');
  await expect(bands).toHaveCount(
    await page
      .locator('[data-passage]')
      .evaluateAll((els) => new Set(els.map((e) => (e as HTMLElement).dataset.passage)).size),
  );
  await bands.nth(15).click({ force: true });
  await expect(passage(page, 'A', 15)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => inView(passage(page, 'B', 15), pane(page, 'B'))).toBe(true);
});

test('linked scrolling keeps the other text level, and is remembered', async ({ page }) => {
  await page.goto(LINK);
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByLabel('Link scrolling of the two texts').check();
  await pane(page, 'A').evaluate((el) => (el.scrollTop = 900));
  await expect.poll(() => pane(page, 'B').evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  await page.reload();
  await page.getByRole('button', { name: /^Menu/ }).click();
  await expect(page.getByLabel('Link scrolling of the two texts')).toBeChecked();
});

test('the corpus matrix opens the right pair and updates the link', async ({ page }) => {
  await page.goto('./?view=matrix');
  const matrix = page.getByTestId('corpus-matrix');
  await expect(matrix.getByRole('row')).toHaveCount(6);
  await matrix
    .getByRole('button', { name: /of A Growing Partnership.* stands in Kim Jong Un Praises/ })
    .click();
  await expect(page).toHaveURL(/\?a=growing-partnership&b=kim-praises-relationship$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/A Growing Partnership/);
  await page.goBack();
  await expect(page.getByTestId('corpus-matrix')).toBeVisible();
});

test('on a phone, following a passage still works', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LINK);
  await expect(page.getByTestId('overview')).toBeHidden();
  await passage(page, 'A', 10).click();
  await expect(passage(page, 'B', 10)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => inView(passage(page, 'B', 10), pane(page, 'B'))).toBe(true);
});

test('screenshots with a passage chosen, at 1280x800 and 390x844', async ({ page }, info) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${LINK}&p=9`);
    // On a phone only A is shown (B is out of the page, so not found by its role).
    await expect(passage(page, 'A', 8)).toHaveAttribute('aria-current', 'true');
    await page.screenshot({ path: info.outputPath(`follow-${viewport.width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?view=matrix');
  await page.screenshot({ path: info.outputPath('matrix-1280.png') });
});
