import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The page's answer first: the verdict and its evidence above the texts, the texts in the
// first screen, one text at a time on a phone (issue 14, points 1–4).

const A = 'kim-praises-relationship';
const B = 'kim-hails-russia-ties';

interface CliRelation {
  text: string;
  aInB: number;
  bInA: number;
}

/** The command line's relation for a pair: the built bin, run as a user would run it. */
function cliRelation(a: string, b: string, hide: boolean): CliRelation {
  const args = ['dist-cli/verbatim.js', 'compare', a, b, ...(hide ? ['--hide-boilerplate'] : [])];
  return (JSON.parse(execFileSync('node', args, { encoding: 'utf8' })) as { relation: CliRelation })
    .relation;
}

test.beforeAll(() => {
  // The bin from the sources under test, not one left from an earlier build.
  execFileSync('node', ['scripts/build-cli.mjs']);
});

for (const [what, path] of [
  ['the page with no link', './'],
  ['a deep link', `./?a=${A}&b=${B}`],
] as const) {
  test(`at 1280×800 the texts of ${what} begin in the first screen, under the verdict`, async ({
    page,
  }) => {
    await page.goto(path);
    const verdict = page.getByTestId('relation');
    await expect(verdict).toBeVisible();
    for (const name of ['A', 'B']) {
      const marked = page.locator(`[data-pane="${name}"] [data-kind]:not([data-kind="unique"])`);
      await expect(marked.first()).toBeVisible();
      const box = (await marked.first().boundingBox())!;
      expect(box.y + box.height, `first marked word of ${name}`).toBeLessThanOrEqual(800);
      expect(box.y).toBeGreaterThan((await verdict.boundingBox())!.y);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The matrix is a view of its own, one click away.
    await expect(page.getByTestId('corpus-matrix')).toHaveCount(0);
    await page.getByRole('link', { name: 'All sources (matrix)' }).click();
    await expect(page).toHaveURL(/\?view=matrix$/);
    await expect(page.getByTestId('corpus-matrix')).toBeVisible();
  });
}

for (const hide of [true, false]) {
  test(`the verdict and the pane figures are the command line's relation (boilerplate ${hide ? 'hidden' : 'shown'})`, async ({
    page,
  }) => {
    const relation = cliRelation(A, B, hide);
    await page.goto(`./?a=${A}&b=${B}&bp=${hide ? 'hide' : 'show'}`);
    await expect(page.getByTestId('relation')).toHaveText(relation.text);
    await expect(page.getByTestId('figures-a')).toContainText(
      `(${Math.round(relation.aInB * 100)}%)`,
    );
    await expect(page.getByTestId('figures-b')).toContainText(
      `(${Math.round(relation.bInA * 100)}%)`,
    );
    // The details under the figure line say the same share.
    await expect(page.getByTestId('summary-b')).toContainText(
      `${Math.round(relation.bInA * 100)}% of B also appears in A`,
    );
  });
}

test('the page with no link says what the command line says of the default pair', async ({
  page,
}) => {
  await page.goto('./');
  const a = await page.getByRole('combobox', { name: 'Source A' }).inputValue();
  const b = await page.getByRole('combobox', { name: 'Source B' }).inputValue();
  // Boilerplate is collapsed unless asked otherwise, so the hidden count is the page's.
  await expect(page.getByTestId('relation')).toHaveText(cliRelation(a, b, true).text);
});

test('choosing a case in the evidence list makes it current in both texts, and in view', async ({
  page,
}) => {
  await page.goto(`./?a=${A}&b=${B}`);
  const evidence = page.getByTestId('evidence').getByRole('button');
  await expect(evidence.first()).toBeVisible();
  const count = await evidence.count();
  for (let n = count - 1; n >= 0; n--) {
    const choice = evidence.nth(n);
    const k = await choice.getAttribute('data-case');
    await choice.click();
    await expect(choice).toHaveAttribute('aria-current', 'true');
    for (const name of ['A', 'B']) {
      const current = page.locator(`[data-pane="${name}"] [data-case="${k}"][aria-current="true"]`);
      await expect(current.first()).toBeInViewport();
    }
    // Nothing outside the case is current.
    await expect(
      page.locator(`[data-pane] [aria-current="true"]:not([data-case="${k}"])`),
    ).toHaveCount(0);
  }
  // A key steps through the same list, longest first: `]` next, `[` back.
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press(']');
  await expect(evidence.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('[');
  await expect(evidence.nth(0)).toHaveAttribute('aria-current', 'true');
});

test('the share link carries the chosen case, and reopens it current and in view in both texts', async ({
  page,
  browser,
}) => {
  await page.goto(`./?a=${A}&b=${B}`);
  const evidence = page.getByTestId('evidence').getByRole('button');
  await expect(evidence.nth(1)).toBeVisible();
  const k = await evidence.nth(1).getAttribute('data-case');
  await evidence.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${A}&b=${B}&c=2$`));
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(new RegExp(`\\?a=${A}&b=${B}&c=2$`));

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(other.getByTestId('evidence').getByRole('button').nth(1)).toHaveAttribute(
    'aria-current',
    'true',
  );
  for (const name of ['A', 'B']) {
    const current = other.locator(`[data-pane="${name}"] [data-case="${k}"][aria-current="true"]`);
    await expect(current.first()).toBeInViewport();
  }
  await elsewhere.close();
});

test('on a 390×844 phone one text shows at a time; following a passage switches text, and the way back returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?a=${A}&b=${B}`);
  const paneA = page.locator('[data-pane="A"]');
  const paneB = page.locator('[data-pane="B"]');
  await expect(paneA).toBeVisible();
  await expect(paneB).toBeHidden();
  const switchB = page.getByRole('button', { name: 'Source B', exact: true });
  await expect(switchB).toHaveAttribute('aria-pressed', 'false');

  // A passage of several words, well down the text.
  const passage = paneA
    .locator('[data-kind="shared"][data-passage]')
    .filter({ hasText: / \S+ \S+ / });
  const chosen = passage.nth(6);
  await chosen.scrollIntoViewIfNeeded();
  const index = await chosen.getAttribute('data-passage');
  await chosen.click();
  await expect(paneB).toBeVisible();
  await expect(paneA).toBeHidden();
  await expect(switchB).toHaveAttribute('aria-pressed', 'true');
  await expect(paneB.locator(`[data-passage="${index}"]`).first()).toBeInViewport();
  await expect(paneB.locator(`[data-passage="${index}"]`).first()).toHaveAttribute(
    'aria-current',
    'true',
  );

  await page.getByRole('button', { name: /^Back to A/ }).click();
  await expect(paneA).toBeVisible();
  await expect(paneB).toBeHidden();
  await expect(chosen).toBeInViewport();
  await expect(page.getByRole('button', { name: /Back to A/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a 390 px phone the bar takes three rows, and the verdict stands above the fold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?a=${A}&b=${B}`);
  const add = page.getByRole('button', { name: 'Add your own source…' });
  const menu = page.getByRole('button', { name: /^Menu/ });
  const matrix = page.getByRole('link', { name: 'All sources (matrix)' });
  await expect(add).toBeVisible();
  // Its controls' names are the same as on a wide screen; their texts are shorter.
  expect(await add.innerText()).toBe('Add source…');
  expect(await matrix.innerText()).toBe('Matrix');
  // One row: their middles at one height.
  const middle = async (l: typeof add) => {
    const box = (await l.boundingBox())!;
    return box.y + box.height / 2;
  };
  expect(Math.abs((await middle(menu)) - (await middle(add)))).toBeLessThan(2);
  expect(Math.abs((await middle(matrix)) - (await middle(add)))).toBeLessThan(2);
  const verdict = page.getByText(/^A rewrites B/);
  await expect(verdict).toBeInViewport();
  expect((await verdict.boundingBox())!.y).toBeLessThan(844 / 3);
});

for (const width of [390, 1280]) {
  test(`the bar does not move under the pointer when its later parts arrive (${width}px)`, async ({
    page,
  }) => {
    // The add-source button is a chunk loaded after the first paint; hold it back until the
    // first marks show, then let it in: the menu a reader may be reaching for must stay put.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/AddSource-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./');
    await expect(page.locator('[data-pane] [data-kind]').first()).toBeVisible();
    const menu = page.getByRole('button', { name: /^Menu/ });
    const before = await menu.boundingBox();
    await expect(page.getByRole('button', { name: 'Add your own source…' })).toHaveCount(0);
    release();
    await expect(page.getByRole('button', { name: 'Add your own source…' })).toBeVisible();
    expect(await menu.boundingBox()).toEqual(before);
  });
}

test('on a phone every mark is explained a tap away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?a=${A}&b=${B}`);
  await page.getByText('What the marks mean').click();
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const label of ['Shared', 'Moved', 'Reworded', 'Unique', 'Boilerplate', 'Embedded post'])
    await expect(legend.getByText(label, { exact: true })).toBeVisible();
});

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`axe finds no violations with the menu and the legend open, a case chosen, and on the matrix (${colorScheme}, ${viewport.width}px)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      await page.goto('./');
      await expect(page.locator('[data-pane] [data-kind]').first()).toBeVisible();
      await page.getByRole('button', { name: /^Menu/ }).click();
      await expect(page.getByRole('button', { name: 'Share link' })).toBeVisible();
      await noViolations(page);
      await page.keyboard.press('Escape');
      await page.getByText('What the marks mean').click();
      await page.getByTestId('evidence').getByRole('button').first().click();
      await expect(page.locator('[data-pane] [aria-current="true"]').first()).toBeVisible();
      await noViolations(page);
      await page.goto('./?view=matrix');
      await expect(page.getByTestId('corpus-matrix')).toBeVisible();
      await noViolations(page);
    });
  }
}
