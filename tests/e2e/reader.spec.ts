import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const A = 'kim-praises-relationship';
const B = 'kim-hails-russia-ties';

test('a deep link opens exactly that comparison, with marked words', async ({ page }) => {
  await page.goto(`./?a=${A}&b=${B}`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    /Kim Jong Un Praises Relationship/,
  );
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(
    /North Korea's Kim hails Russia ties/,
  );
  await expect(page.getByRole('combobox', { name: 'Source A' })).toHaveValue(A);
  for (const kind of ['shared', 'moved', 'unique']) {
    expect(await page.locator(`article [data-kind="${kind}"]`).count()).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('summary-a')).toContainText('% of A also stands in B');
});

test('the page ships a Content-Security-Policy that forbids inline script and other origins', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // An inline script added to the live page is refused (the refusal is the expected outcome
  // here, so its console report is not an error of the page).
  // Waits for the browser's own verdict (the violation event), not for a fixed time.
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          () => resolve((window as unknown as { __inline?: boolean }).__inline === true),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.head.append(script);
      }),
  );
  expect(ran).toBe(false);
  // The browser reports the refusal on the console: exactly the one we caused, taken out so
  // that any other console error still fails the test.
  await expect
    .poll(() => consoleErrors.filter((e) => /Executing inline script violates/.test(e)).length)
    .toBe(1);
  consoleErrors.splice(
    consoleErrors.findIndex((e) => /Executing inline script violates/.test(e)),
    1,
  );
});

test('opening with no link shows a comparison straight away, and the matrix one click away', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('article')).toHaveCount(2);
  expect(await page.locator('[data-kind="shared"]').count()).toBeGreaterThan(10);
  await page.getByRole('link', { name: 'All sources (matrix)' }).click();
  await expect(page.getByTestId('corpus-matrix').getByRole('row')).toHaveCount(6);
});

test('a picker updates the link, and Back and Forward move between comparisons', async ({
  page,
}) => {
  await page.goto(`./?a=${A}&b=${B}`);
  await page.getByRole('combobox', { name: 'Source B' }).selectOption('putin-two-day-visit');
  await expect(page).toHaveURL(new RegExp(`\\?a=${A}&b=putin-two-day-visit$`));
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(/Putin is set to embark/);
  await page.getByRole('button', { name: /swap/i }).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=putin-two-day-visit&b=${A}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?a=${A}&b=putin-two-day-visit$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?a=${A}&b=${B}$`));
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue(B);
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(
    /North Korea's Kim hails Russia ties/,
  );
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Source B' })).toHaveValue('putin-two-day-visit');
});

const BAD_LINKS: [string, RegExp][] = [
  [`?a=no-such-source&b=${B}`, /"no-such-source", which is not one of the sources/],
  [`?a=${A}&b=${A}`, /same source twice/],
  [`?a=${A}`, /does not say which source B/],
  [`?a=&b=${B}`, /source A \(a=\) is empty/],
  [`?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&b=${B}`, /not a valid source id/],
  [`?a=${'x'.repeat(3000)}&b=${B}`, /too long/],
  [`?a=%E0%A4%A&b=%00`, /not a valid source id/],
];

for (const [search, message] of BAD_LINKS) {
  test(`a bad link (${search.slice(0, 40)}) gets a clear message and a usable page`, async ({
    page,
    dialogs,
  }) => {
    await page.goto(`./${search}`);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.locator('article')).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Source B' }).selectOption('putin-two-day-visit');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(
      /Putin is set to embark/,
    );
    expect(dialogs).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`axe finds no violations (${colorScheme}, ${viewport.width}px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      await page.goto(`./?a=${A}&b=${B}`);
      await expect(page.locator('article')).toHaveCount(2);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    });
  }
}

test('on a 390 px phone one text shows at a time, the switch shows the other, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?a=${A}&b=${B}`);
  await expect(page.locator('article')).toHaveCount(2);
  const [a, b] = await page.locator('article').all();
  await expect(a!).toBeVisible();
  await expect(b!).toBeHidden();
  await page.getByRole('button', { name: 'Source B', exact: true }).click();
  await expect(b!).toBeVisible();
  await expect(a!).toBeHidden();
  await expect(b!.locator('[data-kind]').first()).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a 390 px phone the corpus matrix shows every figure without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=matrix');
  const matrix = page.getByTestId('corpus-matrix');
  await expect(matrix.getByRole('button')).toHaveCount(20);
  const [table, box] = await matrix.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
  expect(table).toBeLessThanOrEqual(box!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
});

test('screenshots at 1280x800 and 390x844', async ({ page }, info) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`./?a=${A}&b=${B}`);
    await expect(page.locator('article [data-kind]').first()).toBeVisible();
    await page.screenshot({ path: info.outputPath(`reader-${viewport.width}.png`) });
  }
});

for (const [what, path] of [
  ['the corpus matrix', './?view=matrix'],
  ['collapsed boilerplate with a chosen passage', `./?a=${A}&b=${B}&p=3&bp=hide`],
  ['the start view', './'],
] as const) {
  test(`axe finds no violations on ${what}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('[data-kind], [data-testid="corpus-matrix"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
}
