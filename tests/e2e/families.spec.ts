import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { brownBase } from '../support/brown';
import { expect, test } from './fixtures';

/**
 * Forty news-length files made from the Brown corpus (the texts the collection benchmark
 * uses), with known families: each family is a base text and copies of it made as copy desks
 * make them (a copy wrapped in a site's header and footer, an excerpt, a copy with its
 * paragraphs in another order, an HTML page, a Markdown copy); the rest are unrelated bases
 * from other Brown files. One file is binary, to be named and left out.
 */
function collection() {
  // One base per Brown file, from every genre but government documents (their formulas recur
  // across files), as the benchmark picks them: different files, so unrelated by construction.
  const genres = 'abcdefgjklmnpr';
  const pick = (k: number) =>
    brownBase(`c${genres[k % genres.length]}0${1 + Math.floor(k / genres.length)}`);
  const files: { name: string; text: string }[] = [];
  const families: string[][] = [];
  const sizes = [5, 4, 4, 3, 3, 2];
  sizes.forEach((size, f) => {
    const base = pick(f);
    const n = `family-${f + 1}`;
    const made: { name: string; text: string }[] = [
      { name: `wire/${n}-original.txt`, text: base.join('\n\n') },
      {
        name: `courier/${n}-wrapped.txt`,
        text: `The Evening Courier · Local news\n\n${base.join('\n\n')}\n\nShare this story. Sign up for our newsletter to get the day's news every morning.`,
      },
      {
        name: `herald/${n}-page.html`,
        text: `<!doctype html><html><head><title>${n}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${n} story</h1>${base
          .slice(0, Math.ceil(base.length * 0.6))
          .map((p) => `<p>${p}</p>`)
          .join('')}</article><footer>© The Herald</footer></body></html>`,
      },
      { name: `ledger/${n}-reordered.md`, text: [...base].reverse().join('\n\n') },
      {
        name: `gazette/${n}-excerpt.txt`,
        text: base.slice(Math.floor(base.length / 2)).join('\n\n'),
      },
    ].slice(0, size);
    files.push(...made);
    families.push(made.map((m) => m.name).sort());
  });
  for (let k = sizes.length; files.length < 40; k++)
    files.push({ name: `other/unrelated-${k}.txt`, text: pick(k).join('\n\n') });
  return { files, families };
}

/** Records, in the page, each step of the progress bar and each click the page handles. */
async function recordProgressAndClicks(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __log: string[] }).__log = log;
    let last = '';
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (!bar) return;
      const step = `${bar.getAttribute('data-phase')} ${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
      if (step !== last) log.push((last = step));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    document.addEventListener('click', () => log.push('click'), true);
  });
}

test('forty files: progress in steps while the page answers, the families with their members, and a pair opens in the reader', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { files, families } = collection();
  await page.goto('./?view=families');
  await expect(page.getByRole('heading', { name: 'Families of reused text' })).toBeVisible();
  // A slower processor (as on a phone): the worker's job then spans many of the page's turns.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await recordProgressAndClicks(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.getByLabel('Open files…').setInputFiles([
    ...files.map((f) => ({
      name: f.name.replace(/\//g, '-'),
      mimeType: 'text/plain',
      buffer: Buffer.from(f.text),
    })),
    { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 159, 146, 150, 0, 1]) },
  ]);
  // The page is clicked again and again while the job runs; each click is handled at once.
  const intro = page.getByText(/Verbatim finds which documents reuse which/);
  const list = page.getByTestId('families');
  while (!(await list.isVisible())) await intro.click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const log = await page.evaluate(() => (window as unknown as { __log: string[] }).__log);
  const steps = log.filter((e) => e !== 'click');
  // Progress came in many steps, in order, through every phase…
  for (const phase of ['reading', 'fingerprints', 'comparisons'])
    expect(steps.filter((s) => s.startsWith(phase)).length, phase).toBeGreaterThan(2);
  const comparisons = steps
    .filter((s) => s.startsWith('comparisons'))
    .map((s) => Number(s.split(/[ /]/)[1]));
  expect(comparisons).toEqual([...comparisons].sort((x, y) => x - y));
  // …the families were found in a Web Worker of their own, and the page handled clicks between
  // the job's steps: the page's thread read one file at a time and stayed free to answer.
  expect(workers.some((url) => /collection\.worker/.test(url))).toBe(true);
  const clicksDuringJob = log.slice(
    0,
    log.findLastIndex((e) => e !== 'click'),
  );
  expect(clicksDuringJob.filter((e) => e === 'click').length).toBeGreaterThan(0);

  // The bad file is named; the rest went on.
  await expect(page.getByTestId('left-out')).toContainText('broken.txt');
  await expect(page.getByRole('status').filter({ hasText: 'compared in full' })).toContainText(
    '40 documents, 6 families',
  );
  // Every family found, with exactly its members, largest first.
  const found = await list
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.querySelectorAll('ul[aria-label="Members"] > li > span:first-child')]
          .map((s) => s.textContent ?? '')
          .sort(),
      ),
    );
  const flat = (names: string[][]) => names.map((f) => f.map((n) => n.replace(/\//g, '-')));
  expect(found.map((f) => f.length)).toEqual([5, 4, 4, 3, 3, 2]);
  expect([...found].sort()).toEqual([...flat(families)].sort());

  // A pair of the first family opens in the reader, with those two texts as A and B.
  const first = list.locator(':scope > li').first();
  const pairLink = first.getByRole('link').first();
  const [nameA, nameB] = (await pairLink.textContent())!.split(' ↔ ');
  // Any two members of a large family can be chosen by name, listed as a pair or not.
  const anyTwo = first.getByRole('form', { name: 'Compare any two members' });
  await first
    .locator('details summary')
    .filter({ hasText: /other pairs?$/ })
    .click();
  // Each file's id, from the family's pair links ("x ↔ y" to "?a=<id of x>&b=<id of y>"): a
  // content id (SHA-256), so the same file is the same source anywhere.
  const idByName = new Map<string, string>();
  for (const link of await first.getByRole('link').all()) {
    const names = (await link.textContent())?.split(' ↔ ');
    const query = new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams;
    if (names?.length !== 2) continue;
    idByName.set(names[0]!.trim(), query.get('a') ?? '');
    idByName.set(names[1]!.trim(), query.get('b') ?? '');
  }
  const idOf = (name: string) => {
    const id = idByName.get(name) ?? '';
    expect(id, name).toMatch(/^own-[0-9a-f]{64}$/);
    return id;
  };
  const members = flat(families).find((f) => f.length === 5)!;
  const [x, y] = [members[0]!, members[4]!];
  await anyTwo.getByLabel('Compare').selectOption({ label: x });
  await anyTwo.getByLabel('with').selectOption({ label: y });
  await anyTwo.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${idOf(x)}&b=${idOf(y)}$`));
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue(idOf(y));
  await page.goBack();
  await expect(list).toBeVisible();

  await pairLink.click();
  const pairUrl = new RegExp(`\\?a=${idOf(nameA!)}&b=${idOf(nameB!)}$`);
  await expect(page).toHaveURL(pairUrl);
  await expect(page.getByRole('combobox', { name: 'Source A' })).toHaveValue(idOf(nameA!));
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue(idOf(nameB!));
  await expect(page.locator('article [data-kind="shared"]').first()).toBeVisible();
  // Its link reopens it: the files are the reader's own sources, kept in this browser.
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('combobox', { name: 'Source A' })).toHaveValue(idOf(nameA!));
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue(idOf(nameB!));
  await expect(page.locator('article [data-kind="shared"]').first()).toBeVisible();
  // With forty sources the matrix gives way to the families.
  await page.goto('./?view=matrix');
  await expect(page.getByTestId('matrix-gives-way')).toContainText(
    'see the families'.replace('see', 'See'),
  );
  await expect(page.getByTestId('corpus-matrix')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the families view (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const { files } = collection();
    await page.goto('./?view=families');
    await page.getByLabel('Open files…').setInputFiles([
      ...files.slice(0, 14).map((f) => ({
        name: f.name.replace(/\//g, '-'),
        mimeType: 'text/plain',
        buffer: Buffer.from(f.text),
      })),
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    await expect(page.getByTestId('families')).toBeVisible();
    await expect(page.getByTestId('left-out')).toContainText('scan.pdf');
    // With a family's other pairs and its form for any two members open.
    await page
      .locator('details summary')
      .filter({ hasText: /other pairs?$/ })
      .first()
      .click();
    await expect(page.getByRole('form', { name: 'Compare any two members' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
}

test('a folder opened with its texts and passim’s clusters shows passim’s families, each pair ready to open', async ({
  page,
}) => {
  await page.goto('./?view=families');
  // tests/fixtures/collection: seven texts in four folders, and passim's output for them.
  await page.getByLabel('Open a folder…').setInputFiles('tests/fixtures/collection');
  const list = page.getByTestId('families');
  await expect(list).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Families as' })).toContainText(
    'Families as passim/out.json gives them: 2 families over 7 documents',
  );
  const found = await list
    .locator('ul[aria-label="Members"]')
    .evaluateAll((lists) =>
      lists.map((ul) =>
        [...ul.querySelectorAll('li > span:first-child')].map((s) => s.textContent),
      ),
    );
  expect(found.map((f) => [...f].sort())).toEqual([
    ['harbour-times/storm-road-closed.txt', 'valley-post/flood-brief.md', 'wire/storm.txt'],
    ['riverside/libraries-saved.html', 'wire/budget.txt'],
  ]);
  // Every pair of a passim family can be opened: three pairs of three, one of two.
  expect(await list.getByRole('link').count()).toBe(4);
  await list.getByRole('link', { name: /wire\/budget\.txt/ }).click();
  await expect(page).toHaveURL(/\?a=own-[0-9a-f]{64}&b=own-[0-9a-f]{64}$/);
  await expect(page.locator('article [data-kind="shared"]').first()).toBeVisible();
  await page.goBack();
  await expect(list).toBeVisible();
});
