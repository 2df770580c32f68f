import type { Page } from '@playwright/test';
import lz from 'lz-string';
import { expect, storedSources, test } from './fixtures';

const { compressToEncodedURIComponent } = lz;

// Sources at the page's borders (issue 12): the browser's storage, a share link, the add form.
const LINK = './?a=kim-praises-relationship&b=kim-hails-russia-ties';
const NOTE =
  'Kremlin spokesman Dmitry Peskov mentioned that a visit is in the pipeline, and North Korea seeks assistance with space technology.';
const CONTENT_ID = /own-[0-9a-f]{64}/;
const fragment = (payload: unknown) =>
  `src=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

/** Writes records straight into the page's storage, as an older or broken version left them. */
async function store(page: Page, records: unknown[]) {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim', 1);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('own-sources', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('own-sources', 'readwrite');
          for (const r of records) tx.objectStore('own-sources').put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** The ids of the sources kept in the browser's storage. */
const storedIds = async (page: Page) => (await storedSources(page)).map((s) => s.id);

test('a stored record that fails is set aside, named, and can be removed; the page works', async ({
  page,
}) => {
  await page.goto(LINK);
  await store(page, [
    { id: 'own-0badf00d', title: 'Broken note', text: NOTE, blocks: [null] },
    {
      id: 'own-1234abcd',
      title: 'Good note',
      text: NOTE,
      blocks: [{ start: 0, end: NOTE.length, type: 'paragraph' }],
    },
  ]);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'set aside' });
  await expect(alert).toContainText('A saved source (“Broken note”) could not be read');
  // The rest works: the comparison, and the good record (under its content id).
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/Kim Jong Un Praises/);
  await expect(page.locator('option', { hasText: 'Good note' })).toHaveCount(2);
  await alert.getByRole('button', { name: 'Remove it from this browser' }).click();
  await expect(alert).toHaveCount(0);
  await expect.poll(() => storedIds(page)).toEqual([expect.stringMatching(CONTENT_ID)]);
  await page.reload();
  await expect(page.locator('option', { hasText: 'Good note' })).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a source stored under an id of before, and an old link to it, open under the content id', async ({
  page,
}) => {
  await page.goto(LINK);
  await store(page, [
    {
      id: 'own-1234abcd',
      title: 'Old note',
      text: NOTE,
      blocks: [{ start: 0, end: NOTE.length, type: 'paragraph' }],
    },
  ]);
  await page.goto('./?a=kim-praises-relationship&b=own-1234abcd');
  await expect(page.getByRole('heading', { level: 2, name: 'Old note' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`b=${CONTENT_ID.source}$`));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => storedIds(page)).toEqual([expect.stringMatching(CONTENT_ID)]);
});

test('an old share link opens the same comparison, the address bar then showing the new id', async ({
  page,
}) => {
  const old = fragment([{ i: 'own-0badf00d', t: 'Shared note', x: NOTE, b: [[0, NOTE.length]] }]);
  await page.goto(`./?a=kim-praises-relationship&b=own-0badf00d#${old}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Shared note' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`b=${CONTENT_ID.source}#src=`));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link with a forged id or the same source twice says so, and opens what it can', async ({
  page,
}) => {
  const forged = `own-${'ab'.repeat(32)}`;
  await page.goto(
    `${LINK}#${fragment([{ i: forged, t: 'Planted', x: NOTE, b: [[0, NOTE.length]] }])}`,
  );
  await expect(page.getByRole('alert')).toContainText(
    '“Planted” cannot be opened: its id does not match its text',
  );
  await expect(page.locator('option', { hasText: 'Planted' })).toHaveCount(0);

  const twice = fragment([
    { i: 'own-0badf00d', t: 'First', x: NOTE, b: [[0, NOTE.length]] },
    { i: 'own-1234abcd', t: 'Second', x: NOTE, b: [[0, NOTE.length]] },
  ]);
  await page.goto(`./?a=kim-praises-relationship&b=own-0badf00d#${twice}`);
  await expect(page.getByRole('alert')).toContainText(
    'The link carries “First” twice; it is opened once.',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'First' })).toBeVisible();
  // One source, in each picker once.
  await expect(page.locator('option', { hasText: 'First' })).toHaveCount(2);
  await expect(page.locator('option', { hasText: 'Second' })).toHaveCount(0);
});

test('a text with an escape character is accepted, and its own share link opens', async ({
  page,
  browser,
}) => {
  await page.goto(LINK);
  await page.getByRole('button', { name: 'Add your own source…' }).click();
  await page.getByLabel('Title (optional)').fill('Escaped');
  await page.getByLabel(/^Article text/).fill(`${NOTE} \u001b[31mred\u001b[0m`);
  await page.getByRole('button', { name: 'Compare with source A' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Escaped' })).toBeVisible();
  const menu = page.getByRole('button', { name: /^Menu/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: 'Escaped' })).toBeVisible();
  await expect(other.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
  await elsewhere.close();
});

test('a page of 10,000 nested elements is read', async ({ page }) => {
  await page.goto(LINK);
  await page.getByRole('button', { name: 'Add your own source…' }).click();
  const deep = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(10_000)}<p>${NOTE}</p>${'</div>'.repeat(10_000)}</body></html>`;
  await page
    .getByLabel(/open a file/i)
    .setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(deep) });
  // Reading it takes the browser about a second; on a loaded machine, longer.
  await expect(page.getByRole('region', { name: 'Text of source B' })).toContainText(
    'Kremlin spokesman Dmitry Peskov',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a Markdown file with a flood of emphasis markers is read, the flood kept as its literal text', async ({
  page,
}) => {
  await page.goto(LINK);
  await page.getByRole('button', { name: 'Add your own source…' }).click();
  // Past the guard's bound for one paragraph: the parser would resolve every pair of them.
  const markdown = `# Flooded notes\n\n${NOTE} **Bold** words.\n\n${'*a'.repeat(3_000)}\n`;
  await page
    .getByLabel(/open a file/i)
    .setInputFiles({ name: 'flood.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  const pane = page.getByRole('region', { name: 'Text of source B' });
  await expect(pane).toContainText('Kremlin spokesman Dmitry Peskov', { timeout: 30_000 });
  await expect(pane).toContainText('Bold words.');
  await expect(pane).not.toContainText('**Bold**');
  await expect(pane).toContainText('*a*a*a*a*a*a');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
