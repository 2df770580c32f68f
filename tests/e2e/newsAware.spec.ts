import { expect, test } from './fixtures';

test('the boilerplate toggle changes the percentages and survives a reload through the deep link', async ({
  page,
}) => {
  await page.goto('./?a=kim-praises-relationship&b=kim-hails-russia-ties');
  const summary = page.getByTestId('summary-b');
  await expect(summary).toContainText('% of B also appears in A');
  const shown = await summary.textContent();
  const pane = page.getByRole('region', { name: 'Text of source B' });
  await expect(pane.getByText(/^Boilerplate · call to action$/).first()).toBeVisible();

  await page.getByRole('checkbox', { name: 'Hide boilerplate' }).check();
  await expect(page).toHaveURL(/&bp=hide$/);
  await expect(summary).toContainText('boilerplate left out');
  const hidden = await summary.textContent();
  const share = (text: string | null) =>
    Number(/(\d+)% of B also appears in A/.exec(text ?? '')?.[1]);
  expect(share(hidden)).toBeGreaterThan(share(shown));
  await expect(pane.getByText(/Boilerplate hidden: call to action$/)).toHaveCount(5);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Hide boilerplate' })).toBeChecked();
  await expect(summary).toHaveText(hidden!);

  // The link alone carries it, in a browser that never saw the toggle.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
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
