import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import lz from 'lz-string';
import { expect, storedSources, test } from './fixtures';

const { compressToEncodedURIComponent } = lz;
/** The AP copy: subscription appeals labelled boilerplate, and Kim's words quoted in both. */
const LINK = './?a=kim-praises-relationship&b=kim-hails-russia-ties';
const NOTE =
  'Kremlin spokesman Dmitry Peskov mentioned that a visit is in the pipeline, and North Korea seeks assistance with space technology.';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Downloads the report and the JSON (for the texts the digests are of) of the shown pair. */
async function downloads(page: Page) {
  const menu = page.getByRole('button', { name: /^Menu/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report' }).click(),
  ]);
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
    a: { text: string };
    b: { text: string };
  };
  return { report, path: (await report.path())!, texts: [data.a.text, data.b.text] };
}

/**
 * Whether `left` stands wholly left of `right`, the two beginning at about the same height. Retried
 * until the layout settles: a new viewport or media reaches the page's own layout a frame or two
 * after Playwright's call returns (once, on an idle machine, the texts were still stacked).
 */
async function sideBySide(left: Locator, right: Locator) {
  await expect(async () => {
    const [a, b] = await Promise.all([left.boundingBox(), right.boundingBox()]);
    expect(a && b).toBeTruthy();
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + 1);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(40);
    expect(a!.width).toBeGreaterThan(250);
  }).toPass();
}

test('the downloaded report shows the verdict, labels, quotations and hashes, and runs nothing', async ({
  page,
}, info) => {
  // Boilerplate shown (the page collapses it by default), so the report shows it labelled.
  await page.goto(`${LINK}&bp=show`);
  const verdict = (await page.getByTestId('relation').textContent())!;
  expect(verdict).toMatch(/^A /);
  const { report, path, texts } = await downloads(page);
  // Both titles, whole, in the file's name.
  expect(report.suggestedFilename()).toBe(
    'verbatim-Kim-Jong-Un-Praises-Relationship-with-Russia-Amid-Speculation-of-Putin-Visit-vs-North-Korea-s-Kim-hails-Russia-ties-Russia-as-Putin-reportedly-plans-a-visit.html',
  );
  const html = readFileSync(path, 'utf8');
  expect(html).not.toMatch(/<script/i);
  // Opened from disk, as a reader would: every console message is an error here.
  const file = info.outputPath('report.html');
  writeFileSync(file, html);
  const viewer = await page.context().newPage();
  const messages: string[] = [];
  viewer.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  viewer.on('pageerror', (e) => messages.push(`page: ${e.message}`));
  await viewer.goto(`file://${file}`);
  await expect(viewer.getByTestId('relation')).toHaveText(verdict);
  await expect(viewer.getByText('Boilerplate · call to action').first()).toBeVisible();
  await expect(viewer.locator('.boilerplate').first()).toBeVisible();
  await expect(viewer.getByRole('heading', { name: /^Shared quotations: \d+/ })).toBeVisible();
  await expect(viewer.locator('ul.quotes li .quote').first()).toHaveText(/comrades-in-arms/);
  for (const text of texts)
    await expect(viewer.getByText(`SHA-256 of its text (UTF-8): ${sha256(text)}`)).toBeVisible();
  await expect(
    viewer.getByRole('heading', { name: /^The evidence: \d+ reused passages?(, longest first)?$/ }),
  ).toBeVisible();
  expect(await viewer.evaluate(() => document.scripts.length)).toBe(0);
  expect(messages).toEqual([]);
  expect((await new AxeBuilder({ page: viewer }).analyze()).violations).toEqual([]);

  // Printed on landscape A4, the two texts stand side by side.
  await viewer.emulateMedia({ media: 'print' });
  await viewer.setViewportSize({ width: 1047, height: 720 }); // A4 landscape less 12 mm margins
  await sideBySide(
    viewer.locator('article[data-side="a"]'),
    viewer.locator('article[data-side="b"]'),
  );
  const pdf = await viewer.pdf({ format: 'A4', landscape: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A4 landscape: 842 × 595 points, wider than high.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Math.abs(Number(box?.[1]) - 842)).toBeLessThan(2);
  expect(Math.abs(Number(box?.[2]) - 595)).toBeLessThan(2);
  await viewer.close();
});

test('the page prints both texts side by side, without the labels of controls it does not print', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.locator('article')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1047, height: 720 });
  await sideBySide(page.locator('article').nth(0), page.locator('article').nth(1));
  for (const label of [/^Source A$/, /^Source B$/, /Link scrolling/, /Hide boilerplate/])
    await expect(page.getByText(label)).toBeHidden();
  // Still side by side at a narrower sheet (portrait width), where the screen would stack them.
  await page.setViewportSize({ width: 740, height: 1000 });
  await sideBySide(page.locator('article').nth(0), page.locator('article').nth(1));
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a mistyped link says so, puts what is shown in the address bar, and suggests the near id', async ({
  page,
}) => {
  await page.goto('./?a=kim-praises-relationship&b=kim-hails-rusia-ties');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"kim-hails-rusia-ties", which is not one of the sources');
  await expect(page.locator('article')).toHaveCount(2);
  // The bar holds the pair shown, not the bad link.
  const shownB = await page.getByRole('combobox', { name: 'Source B' }).inputValue();
  await expect(page).toHaveURL(new RegExp(`\\?a=kim-praises-relationship&b=${shownB}$`));
  const suggestion = alert.getByRole('link', { name: '“kim-hails-russia-ties”' });
  await expect(suggestion).toHaveAttribute(
    'href',
    '?a=kim-praises-relationship&b=kim-hails-russia-ties',
  );
  expect((await new AxeBuilder({ page }).include('[role="alert"]').analyze()).violations).toEqual(
    [],
  );
  await suggestion.click();
  await expect(page).toHaveURL(/\?a=kim-praises-relationship&b=kim-hails-russia-ties$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(
    /North Korea's Kim hails/,
  );
});

/** Drops a text file on the page, as a reader drags one from their desktop. */
async function dropFile(
  page: Page,
  name: string,
  text: string,
  zone?: (page: Page) => Promise<void>,
) {
  const dataTransfer = await page.evaluateHandle(
    ([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    },
    [name, text] as const,
  );
  // Over the text of source A, far from the add form (which stays closed).
  const target = page.getByRole('region', { name: 'Text of source A' });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await zone?.(page);
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a shared link’s text is shown, and kept among your sources only when you say so', async ({
  page,
  browser,
}) => {
  // The sender adds a text of their own; their link carries it in its fragment (the link's
  // contract: `#src=` and lz-string JSON of [{i, t, x, b}]).
  await page.goto(LINK);
  await expect(page.locator('article')).toHaveCount(2);
  await dropFile(page, 'sent.txt', 'Sent to me\n\n' + NOTE);
  await expect(page.getByRole('heading', { level: 2, name: 'Sent to me' })).toBeVisible();
  const [stored] = await storedSources(page);
  expect(stored?.title).toBe('Sent to me');
  const payload = [
    {
      i: stored!.id,
      t: stored!.title,
      x: stored!.text,
      b: stored!.blocks.map((b) => (b.type === 'heading' ? [b.start, b.end, 1] : [b.start, b.end])),
    },
  ];
  const link = `./?a=kim-praises-relationship&b=${stored!.id}#src=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: 'Sent to me' })).toBeVisible();
  const note = other.getByRole('status').filter({ hasText: 'This link carries 1 text' });
  await expect(note).toContainText('“Sent to me”');
  expect((await new AxeBuilder({ page: other }).analyze()).violations).toEqual([]);
  expect(await storedSources(other)).toEqual([]);
  // Opened again without the link's text, it is gone: nothing was kept.
  await other.goto(LINK);
  await expect(other.locator('article')).toHaveCount(2);
  await expect(other.locator('option', { hasText: 'Sent to me' })).toHaveCount(0);

  await other.goto(link);
  await other.getByRole('button', { name: 'Keep this source' }).click();
  await expect(note).toHaveCount(0);
  await expect
    .poll(async () => (await storedSources(other)).map((s) => s.title))
    .toEqual(['Sent to me']);
  await other.goto(LINK);
  await expect(other.locator('article')).toHaveCount(2);
  await expect(other.locator('option', { hasText: 'Sent to me' }).first()).toBeAttached();
  expect(errors).toEqual([]);
  await elsewhere.close();
});

test('a file dropped anywhere on the page is added, with a drop zone while dragging', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.locator('article')).toHaveCount(2);
  await dropFile(page, 'dropped-note.txt', NOTE, async () => {
    const zone = page.getByTestId('drop-zone');
    await expect(zone).toBeVisible();
    await expect(zone).toHaveText(
      'Drop a .txt, .md or .html file to add it as source B, or two to compare them with each other',
    );
    expect(
      (await new AxeBuilder({ page }).include('[data-testid="drop-zone"]').analyze()).violations,
    ).toEqual([]);
  });
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
  // A plain text's title is its first line.
  await expect(page.getByRole('heading', { level: 2, name: /^Kremlin spokesman/ })).toBeVisible();
  await expect(page.getByTestId('summary-b')).toContainText('% of B');
});

test('two pages dropped together are compared with each other, each with its byline', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.locator('article')).toHaveCount(2);
  const story = (outlet: string, verb: string) =>
    `<!doctype html><html><head><title>Kim ${verb} Russia ties</title><meta name="author" content="${outlet} Desk">
    <meta property="og:site_name" content="${outlet}"></head><body><nav><a href="/">Home</a></nav>
    <article><h1>Kim ${verb} Russia ties</h1>${`<p>North Korean leader Kim Jong Un ${verb} ties with Russia, which had grown into an alliance, state media reported on Wednesday.</p>`.repeat(3)}</article></body></html>`;
  const transfer = await page.evaluateHandle(
    (pages) => {
      const dataTransfer = new DataTransfer();
      for (const [name, html] of pages)
        dataTransfer.items.add(new File([html], name, { type: 'text/html' }));
      return dataTransfer;
    },
    [
      ['wire.html', story('Wire', 'hails')],
      ['copy.html', story('Daily', 'praises')],
    ] as [string, string][],
  );
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kim praises Russia ties' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kim hails Russia ties' }),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Source A' }).locator('option:checked'),
  ).toHaveText(/by Wire Desk · Wire/);
  await expect(
    page.getByRole('combobox', { name: 'Source B' }).locator('option:checked'),
  ).toHaveText(/by Daily Desk · Daily/);
  await expect(page.getByTestId('summary-b')).toContainText('% of B');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the overview shows where each pane is, and follows its scrolling', async ({ page }) => {
  await page.goto(LINK);
  const marker = page.getByTestId('overview').locator('[data-viewport="A"]');
  await expect(marker).toHaveCount(1);
  await expect(page.getByTestId('overview').locator('[data-viewport="B"]')).toHaveCount(1);
  const top = async () => Number(await marker.getAttribute('y'));
  expect(await top()).toBe(0);
  await page
    .getByRole('region', { name: 'Text of source A' })
    .evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
  await expect.poll(top).toBeGreaterThan(300);
});
