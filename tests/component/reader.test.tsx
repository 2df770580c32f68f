// @vitest-environment jsdom
import { syncUrl } from '@/url/syncUrl';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openLegend } from '../support/page';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSources } from '@/corpus/bundled';
import { renderWith } from '../support/renderReader';
import { testStores } from '../support/stores';

const sources = bundledSources();
const FALLBACK = ['growing-partnership', 'kim-hails-russia-ties'] as const;
let stop: (() => void) | null = null;

function renderReader(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const stores = testStores({ sources, initialPair: FALLBACK });
  stop = syncUrl(stores, window, FALLBACK);
  renderWith(stores);
  return stores.reader;
}

const paneTitle = (name: 'A' | 'B') => screen.getAllByRole('article')[name === 'A' ? 0 : 1]!;

afterEach(() => {
  stop?.();
  cleanup();
});

describe('Reader', () => {
  it('opens on the default pair with marked words on both sides', async () => {
    renderReader();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    const [a, b] = screen.getAllByRole('article');
    expect(within(a!).getByRole('heading', { level: 2 })).toHaveTextContent(sources[1]!.title);
    expect(within(b!).getByRole('heading', { level: 2 })).toHaveTextContent(sources[2]!.title);
    expect(a!.querySelectorAll('[data-kind="shared"]').length).toBeGreaterThan(5);
    expect(a!.querySelectorAll('[data-kind="unique"]').length).toBeGreaterThan(5);
    expect(screen.getByTestId('summary-a')).toHaveTextContent(/\d+% of A also appears in B/);
  });

  it('lists every bundled source by title in both pickers, and a choice updates the link', async () => {
    const user = userEvent.setup();
    renderReader();
    const pickerB = screen.getByRole('combobox', { name: 'Source B' });
    expect(within(pickerB).getAllByRole('option')).toHaveLength(sources.length);
    await user.selectOptions(pickerB, 'putin-two-day-visit');
    expect(window.location.search).toBe('?a=growing-partnership&b=putin-two-day-visit');
    await waitFor(() =>
      expect(within(paneTitle('B')).getByRole('heading')).toHaveTextContent(
        /Putin is set to embark/,
      ),
    );
  });

  it('swaps the sources with the swap button', async () => {
    const user = userEvent.setup();
    renderReader('?a=kim-praises-relationship&b=kim-hails-ties-ahead');
    await user.click(screen.getByRole('button', { name: /swap/i }));
    expect(screen.getByRole('combobox', { name: 'Source A' })).toHaveValue('kim-hails-ties-ahead');
    expect(screen.getByRole('combobox', { name: 'Source B' })).toHaveValue(
      'kim-praises-relationship',
    );
    expect(window.location.search).toBe('?a=kim-hails-ties-ahead&b=kim-praises-relationship');
  });

  it('explains every mark in the legend', async () => {
    renderReader();
    const legend = await openLegend(userEvent.setup());
    for (const word of ['Shared', 'Moved', 'Unique'])
      expect(within(legend).getByText(word)).toBeInTheDocument();
  });

  it('says what is wrong with a bad link, keeps the pickers usable, and can be dismissed', async () => {
    const user = userEvent.setup();
    renderReader('?a=growing-partnership&b=no-such-article');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /"no-such-article", which is not one of the sources/,
    );
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Source B' }),
      'kim-hails-ties-ahead',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    window.history.replaceState(null, '', '/?a=x&b=x');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('A chosen case in the link', () => {
  const PAIR = '?a=kim-praises-relationship&b=kim-hails-russia-ties';

  it('is written as c=, its number in the evidence list, and reopens that case', async () => {
    const user = userEvent.setup();
    renderReader(PAIR);
    const evidence = await screen.findByTestId('evidence');
    const cases = within(evidence).getAllByRole('button');
    expect(cases.length).toBeGreaterThan(1);
    await user.click(cases[1]!);
    await waitFor(() => expect(window.location.search).toBe(`${PAIR}&c=2`));
    const chosen = cases[1]!.getAttribute('data-case');

    stop?.();
    cleanup();
    renderReader(`${PAIR}&c=2`);
    const again = await screen.findByTestId('evidence');
    await waitFor(() =>
      expect(within(again).getAllByRole('button')[1]).toHaveAttribute('aria-current', 'true'),
    );
    expect(within(again).getAllByRole('button')[1]).toHaveAttribute('data-case', chosen);
    expect(window.location.search).toBe(`${PAIR}&c=2`);
  });

  it('notes quietly a case the comparison does not have, and shows the comparison', async () => {
    renderReader(`${PAIR}&c=999`);
    const note = await screen.findByText(
      /The link points to case 999, but this comparison has \d+ cases? of reuse/,
    );
    expect(note.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });
});
