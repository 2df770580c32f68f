import { expect, test } from './fixtures';

test('boilerplate is collapsed by default; showing it changes the figures and survives a reload through the deep link', async ({
  page,
}) => {
  await page.goto('./?a=kim-praises-relationship&b=kim-hails-russia-ties');
  const summary = page.getByTestId('summary-b');
  await expect(summary).toContainText('boilerplate left out');
  const hidden = await summary.textContent();
  const pane = page.getByRole('region', { name: 'Text of source B' });
  // Each run of hidden paragraphs is one line, with a way to show them.
  await expect(
    pane.getByText(/paragraphs? of boilerplate hidden \(.*call to action/).first(),
  ).toBeVisible();
  await expect(pane.getByText(/^Boilerplate · call to action$/)).toHaveCount(0);

  await pane.getByRole('button', { name: 'Show' }).first().click();
  await expect(page).toHaveURL(/&bp=show$/);
  await expect(pane.getByText(/^Boilerplate · call to action$/).first()).toBeVisible();
  await expect(summary).not.toContainText('boilerplate left out');
  const shown = await summary.textContent();
  const share = (text: string | null) =>
    Number(/(\d+)% of B also stands in A/.exec(text ?? '')?.[1]);
  expect(share(hidden)).toBeGreaterThan(share(shown));

  await page.reload();
  await page.getByRole('button', { name: /^Menu/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Hide boilerplate' })).not.toBeChecked();
  await expect(summary).toHaveText(shown!);
  // Hiding it again goes back to the plain link; `bp=hide` still opens it collapsed.
  await page.getByRole('checkbox', { name: 'Hide boilerplate' }).check();
  await expect(page).toHaveURL(/russia-ties$/);
  await expect(summary).toHaveText(hidden!);
  await page.getByRole('checkbox', { name: 'Hide boilerplate' }).uncheck();
  await expect(page).toHaveURL(/&bp=show$/);

  // The link alone carries it, in a browser that never saw the toggle.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('summary-b')).toHaveText(shown!);
  await other.goto(page.url().replace('bp=show', 'bp=hide'));
  await expect(other.getByTestId('summary-b')).toHaveText(hidden!);
  await fresh.close();
});

test('a reworded sentence shows its mark, and choosing it marks its counterpart in the other text', async ({
  page,
}) => {
  await page.goto('./?a=growing-partnership&b=kim-hails-russia-ties');
  const paneA = page.getByRole('region', { name: 'Text of source A' });
  const paneB = page.getByRole('region', { name: 'Text of source B' });
  const mark = paneA.locator('[data-kind="reworded"]', { hasText: 'praised' }).first();
  await expect(mark).toBeVisible();
  const passage = await mark.getAttribute('data-passage');
  expect(passage).not.toBeNull();
  await mark.click();
  // The counterpart: "hailed the country's expanding relationship with Russia", its changed words
  // reworded, and the words both say ("expanding relationship") shared inside it.
  const counterpart = paneB.locator(`[data-passage="${passage}"]`);
  await expect(counterpart.filter({ hasText: 'hailed' }).first()).toHaveAttribute(
    'data-kind',
    'reworded',
  );
  await expect(counterpart.filter({ hasText: 'hailed' }).first()).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(counterpart.filter({ hasText: 'expanding relationship' }).first()).toHaveAttribute(
    'data-kind',
    'shared',
  );
  await expect(page.getByTestId('relation')).toHaveText(/^(A|B|A and B) /);
});
