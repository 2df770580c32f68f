import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import lz from 'lz-string';

const { compressToEncodedURIComponent } = lz;
import { expect, storedSources, test } from './fixtures';

const LINK = './?a=kim-praises-relationship&b=kim-hails-russia-ties';
const NOTE =
  'Kremlin spokesman Dmitry Peskov mentioned that a visit is in the pipeline, and North Korea seeks assistance with space technology.';
const hostile = readFileSync(new URL('../fixtures/hostile.html', import.meta.url));

/** Opens the reader with one source of the reader's own stored, and a payload watching for scripts. */
async function setUp(page: Page) {
  await page.goto(LINK);
  await addText(page, 'My note', NOTE);
  await expect(page.getByRole('heading', { level: 2, name: 'My note' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Source B' }).selectOption('kim-hails-russia-ties');
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(
    /North Korea's Kim hails/,
  );
}

async function addText(page: Page, title: string, text: string) {
  await openForm(page);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel(/^Article text/).fill(text);
  await page.getByRole('button', { name: 'Compare with source A' }).click();
}

/** Opens the page's menu (share, downloads, print, your sources, options), if it is closed. */
async function openMenu(page: Page) {
  const menu = page.getByRole('button', { name: /^Menu/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

async function openForm(page: Page) {
  const toggle = page.getByRole('button', { name: 'Add your own source…' });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function addFile(page: Page, name: string, buffer: Buffer) {
  await openForm(page);
  await page
    .getByLabel(/open a file/i)
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The comparison and the stored source are as they were, and nothing from the input ran. */
async function nothingLost(page: Page) {
  await expect(page.getByRole('combobox', { name: 'Source A' })).toHaveValue(
    'kim-praises-relationship',
  );
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue(
    'kim-hails-russia-ties',
  );
  await openMenu(page);
  await expect(page.getByText('Your sources (1)')).toBeVisible();
  expect(await storedTitles(page)).toEqual(['My note']);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
}

/** The titles of the sources kept in the browser's storage (IndexedDB), read as the page would. */
const storedTitles = async (page: Page) => (await storedSources(page)).map((s) => s.title);

const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'),
  Buffer.from([0, 1, 2, 0xff]),
]);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 977}`).join(' ');

const BAD_FILES: [string, string, Buffer, RegExp][] = [
  ['an image', 'photo.png', png, /"photo.png" is not a text, Markdown or HTML file/],
  ['an image named .txt', 'photo.txt', png, /"photo.txt" cannot be added: it is a binary file/],
  ['a PDF', 'report.pdf', pdf, /"report.pdf" is not a text, Markdown or HTML file/],
  ['a PDF named .txt', 'report.txt', pdf, /"report.txt" cannot be added: it is a binary file/],
  ['a whitespace-only file', 'blank.txt', Buffer.from(' \n\t\n  '), /it is empty/],
  ['a file over 5 MB', 'huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), /larger than 5 MB/],
  [
    'a text over the word limit',
    'long.txt',
    Buffer.from(words(210_000)),
    /210,000 words; Verbatim compares up to 200,000/,
  ],
  [
    'an HTML page with no article text',
    'empty.html',
    Buffer.from('<html><body><script>window.__pwned=true</script><style>p{}</style></body></html>'),
    /No readable text/,
  ],
];

for (const [what, name, buffer, message] of BAD_FILES) {
  test(`${what} gets a clear message and loses nothing`, async ({ page }) => {
    await setUp(page);
    await addFile(page, name, buffer);
    await expect(page.getByRole('alert')).toHaveText(message);
    await nothingLost(page);
  });
}

test('a Windows-1252 file is read, with a note of the encoding assumed', async ({ page }) => {
  await setUp(page);
  await addFile(page, 'latin1.txt', Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9', 'latin1'));
  await expect(page.getByRole('alert')).toHaveText(/"latin1.txt" was read as Windows-1252/);
  await expect(page.getByRole('heading', { level: 2, name: 'Café naïve résumé' })).toBeVisible();
});

test('an HTML page added to the reader shows its byline and date', async ({ page }) => {
  await setUp(page);
  const html = `<!doctype html><html><head><title>Kim hails Russia ties</title>
    <meta name="author" content="Wire Desk"><meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-06-12T09:00:00Z"></head>
    <body><article><h1>Kim hails Russia ties</h1>${'<p>North Korean leader Kim Jong Un said ties with Russia had grown into an alliance, state media reported on Wednesday.</p>'.repeat(4)}</article></body></html>`;
  await addFile(page, 'story.html', Buffer.from(html));
  const pane = page.getByRole('region', { name: 'Text of source B' });
  // A credit line is boilerplate, collapsed by default into a line that says so; shown on asking.
  await expect(
    pane.getByText(/1 paragraph of boilerplate hidden \(credit or byline\)/),
  ).toBeVisible();
  await pane.getByRole('button', { name: 'Show' }).click();
  await expect(pane.getByText('By Wire Desk · Example News · 12 June 2024')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Source B' }).locator('option:checked'),
  ).toHaveText(/by Wire Desk · Example News · 12 June 2024/);
});

test('empty pasted text gets a clear message and loses nothing', async ({ page }) => {
  await setUp(page);
  await addText(page, '', '   \n  ');
  await expect(page.getByRole('alert')).toHaveText(/The text is empty/);
  await nothingLost(page);
});

const overlay = readFileSync(new URL('../fixtures/hostile-overlay.html', import.meta.url));
const HOSTILE: [string, Buffer, string, string][] = [
  [
    'scripts, handlers, frames and hidden text',
    hostile,
    'North Korean leader Kim Jong Un has praised',
    'Hidden secret',
  ],
  [
    'overlays, refresh, base, forms and mutation tricks',
    overlay,
    'Putin is expected to visit North Korea',
    'Invisible trap text',
  ],
];
for (const [kind, markup, visible, hidden] of HOSTILE) {
  for (const how of ['opened', 'pasted'] as const) {
    test(`hostile HTML (${kind}) ${how}: nothing in it runs, its text is shown as plain text`, async ({
      page,
      dialogs,
    }) => {
      await setUp(page);
      if (how === 'opened') await addFile(page, 'evil.html', markup);
      else await addText(page, '', markup.toString('utf8'));
      const pane = page.getByRole('region', { name: 'Text of source B' });
      await expect(pane).toContainText(visible);
      await expect(pane).not.toContainText(hidden);
      // The page never navigates away: it stays on the server the suite started.
      expect(new URL(page.url()).hostname).toBe('127.0.0.1');
      expect(new URL(page.url()).port).toBe(String(process.env.E2E_PORT ?? 4317));
      await expect(pane).not.toContainText('alert');
      expect(await pane.locator('script, iframe, svg, img, a, style').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
      ).toBeUndefined();
      await expect(page.locator('body')).toBeVisible();
      expect(dialogs).toEqual([]);
    });
  }
}

const fragment = (payload: unknown) =>
  `src=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
const BAD_SHARES: [string, string, RegExp][] = [
  [
    'truncated',
    `src=${compressToEncodedURIComponent(JSON.stringify([{ i: 'own-12345678', t: 'T', x: NOTE, b: [[0, NOTE.length]] }])).slice(0, 40)}`,
    /incomplete or damaged/,
  ],
  ['not decodable', 'src=%%%not-a-share-link', /incomplete or damaged/],
  ['too large', `src=${'A'.repeat(140_000)}`, /too large/],
  ['binary', fragment([{ i: 'own-12345678', t: 'T', x: '\u0000PNG\u0001', b: [] }]), /binary data/],
  ['empty', 'src=', /empty/],
];

for (const [what, hash, message] of BAD_SHARES) {
  test(`a share link whose text is ${what} gets a clear message and loses nothing`, async ({
    page,
  }) => {
    await setUp(page);
    await page.goto(`${LINK}#${hash}`);
    await expect(page.getByRole('alert')).toHaveText(message);
    await nothingLost(page);
  });
}

test('right-to-left text is shown right to left, and unspaced scripts compare word by word', async ({
  page,
}) => {
  await page.goto(LINK);
  await addText(
    page,
    'خبر',
    'أشاد الزعيم الكوري الشمالي كيم جونغ أون بالعلاقات مع روسيا قبل زيارة بوتين',
  );
  const pane = page.getByRole('region', { name: 'Text of source B' });
  // A web-first assertion: it waits for the new text to be drawn rather than racing it.
  await expect(pane.locator('p').first()).toHaveCSS('direction', 'rtl');
  await addText(
    page,
    '日本語 A',
    '北朝鮮の金正恩総書記はロシアとの関係を称賛した。プーチン大統領の訪問を前に。',
  );
  const first = await page.locator('option', { hasText: '日本語 A' }).first().getAttribute('value');
  await page.getByRole('combobox', { name: 'Source A' }).selectOption(first!);
  await addText(
    page,
    '日本語 B',
    '金正恩総書記はロシアとの関係を称賛した。韓国政府は懸念を表明した。',
  );
  // Wait for the new pair itself: the summary of the pair before it would match as well.
  await expect(page.getByRole('heading', { level: 2, name: '日本語 B' })).toBeVisible();
  await expect(page.getByTestId('summary-b')).toContainText(/\d+% of B also appears in A/);
  expect(await pane.locator('[data-kind="shared"]').count()).toBeGreaterThan(0);
  expect(await pane.locator('[data-kind="unique"]').count()).toBeGreaterThan(0);
});

test('an added source survives a reload, and its share link reopens the comparison elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto(LINK);
  await addText(page, 'My note', NOTE);
  await expect(page.getByRole('heading', { level: 2, name: 'My note' })).toBeVisible();
  const summary = await page.getByTestId('summary-b').textContent();
  await openMenu(page);
  await expect(page.getByText('· kept in this browser only')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'My note' })).toBeVisible();
  await openMenu(page);
  await expect(page.getByText('Your sources (1)')).toBeVisible();

  await openMenu(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\?a=kim-praises-relationship&b=own-[0-9a-f]{64}#src=/);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: 'My note' })).toBeVisible();
  await expect(other.getByTestId('summary-b')).toHaveText(summary!);
  expect(errors).toEqual([]);
  await elsewhere.close();
});

test('a source can be removed, undone, and stays removed after a reload', async ({ page }) => {
  await setUp(page);
  await openMenu(page);
  await page.getByText('Your sources (1)').click();
  await page.getByRole('button', { name: 'Remove My note' }).click();
  await expect(page.getByText(/Your sources/)).toHaveCount(0);
  // The page confirms only once the browser has committed the removal, so a reload keeps it.
  await expect(page.getByText('“My note” was removed from this browser.')).toBeVisible();
  expect(await storedTitles(page)).toEqual([]);

  // Undo brings it back, stored again; removing it a second time sticks.
  await page.getByRole('button', { name: 'Undo removing My note' }).click();
  await openMenu(page);
  await expect(page.getByText('· kept in this browser only')).toBeVisible();
  expect(await storedTitles(page)).toEqual(['My note']);
  await openMenu(page);
  await page.getByText('Your sources (1)').click();
  await page.getByRole('button', { name: 'Remove My note' }).click();
  await expect(page.getByText('“My note” was removed from this browser.')).toBeVisible();
  await page.reload();
  await expect(page.locator('option', { hasText: 'My note' })).toHaveCount(0);
});

test('the report and the JSON download', async ({ page }) => {
  await page.goto(LINK);
  await openMenu(page);
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report' }).click(),
  ]);
  const html = readFileSync((await report.path())!, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('Kim Jong Un Praises Relationship');
  // The report's own policy: even a script someone added to the file neither runs nor loads
  // anything, while its inline styles still draw the marks.
  const viewer = await page.context().newPage();
  const blocked: string[] = [];
  viewer.on('console', (m) => blocked.push(m.text()));
  await viewer.setContent(
    html.replace(
      '</body>',
      '<script>window.__ran = true</script><img src="http://127.0.0.1:9/x.png"></body>',
    ),
  );
  expect(await viewer.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
  expect(blocked.some((m) => /Content Security Policy/.test(m))).toBe(true);
  await expect(viewer.locator('.shared').first()).not.toHaveCSS(
    'background-color',
    'rgba(0, 0, 0, 0)',
  );
  await viewer.close();
  await openMenu(page);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
    a: { id: string };
    segments: { a: unknown[] };
  };
  expect(data.a.id).toBe('kim-praises-relationship');
  expect(data.segments.a.length).toBeGreaterThan(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the add form and your sources open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await setUp(page);
    await openForm(page);
    await openMenu(page);
    await page.getByText('Your sources (1)').click();
    await openMenu(page);
    await expect(page.getByText('· kept in this browser only')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove My note' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
}
