// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupReader, renderReader } from '../support/renderReader';

const LINK = '?a=kim-praises-relationship&b=kim-hails-russia-ties';
const pane = (name: 'A' | 'B') => screen.getByRole('region', { name: `Text of source ${name}` });
const passageIn = (name: 'A' | 'B', n: number) =>
  pane(name).querySelector<HTMLElement>(`[data-passage="${n}"]`)!;
/** The chosen passage or stretch in one pane, once per passage (one may span paragraphs). */
const current = (name: 'A' | 'B') => [
  ...new Set(
    [...pane(name).querySelectorAll<HTMLElement>('[aria-current="true"]')].map(
      (e) => e.dataset.passage ?? `u${e.dataset.unique}`,
    ),
  ),
];

afterEach(cleanupReader);

describe('following a passage', () => {
  it('highlights the counterpart of a hovered passage in the other text', async () => {
    renderReader(LINK);
    await waitFor(() => expect(passageIn('A', 2)).toBeTruthy());
    fireEvent.mouseOver(passageIn('A', 2));
    expect(passageIn('B', 2)).toHaveAttribute('data-hover', 'true');
    expect(passageIn('A', 3)).not.toHaveAttribute('data-hover');
    fireEvent.mouseLeave(pane('A'));
    expect(passageIn('B', 2)).not.toHaveAttribute('data-hover');
  });

  it('chooses a clicked passage on both sides and puts it in the link', async () => {
    const user = userEvent.setup();
    renderReader(LINK);
    await waitFor(() => expect(passageIn('A', 4)).toBeTruthy());
    await user.click(passageIn('B', 4));
    expect(current('A')).toContain('4');
    expect(current('B')).toContain('4');
    expect(window.location.search).toBe(`${LINK}&p=5`);
  });

  it('describes each passage for its tooltip and screen readers', async () => {
    renderReader(LINK);
    await waitFor(() => expect(passageIn('A', 0)).toBeTruthy());
    expect(passageIn('A', 0).title).toMatch(
      /^Passage 1 of \d+, \d+ words?, (shared in place|moved): paragraph \d+ in B$/,
    );
  });

  it('opens a link with a passage chosen, and notes quietly a passage that does not exist', async () => {
    renderReader(`${LINK}&p=3`);
    await waitFor(() => expect(current('A')).toContain('2'));
    expect(current('B')).toContain('2');
    cleanupReader();
    renderReader(`${LINK}&p=999`);
    expect(
      await screen.findByText(/points to passage 999, but this comparison has \d+ passages/),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('keyboard', () => {
  it('walks passages with j and k, unique stretches with n and p, and clears with Escape', async () => {
    const user = userEvent.setup();
    renderReader(LINK);
    await waitFor(() => expect(passageIn('A', 0)).toBeTruthy());
    await user.keyboard('j');
    expect(current('A')).toEqual(['0']);
    expect(document.activeElement).toBe(passageIn('A', 0));
    await user.keyboard('jj');
    expect(current('A')).toEqual(['2']);
    expect(screen.getByTestId('focus-announcer')).toHaveTextContent(
      /^In A: Passage 3 of \d+, \d+ words?, /,
    );
    await user.keyboard('k');
    expect(current('A')).toEqual(['1']);
    await user.keyboard('n');
    expect(current('A')[0]).toMatch(/^u\d+$/);
    expect(document.activeElement).toHaveAttribute('data-kind', 'unique');
    await user.keyboard('{Escape}');
    expect(current('A')).toEqual([]);
  });

  it('swaps with s, shows help with ?, and ignores keys typed into a field', async () => {
    const user = userEvent.setup();
    renderReader(LINK);
    await user.keyboard('s');
    expect(window.location.search).toBe('?a=kim-hails-russia-ties&b=kim-praises-relationship');
    await user.keyboard('?');
    // The help is a chunk of its own: it shows once loaded.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next passage')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.type(screen.getByLabelText('Title (optional)'), 'jnks?');
    expect(window.location.search).toBe('?a=kim-hails-russia-ties&b=kim-praises-relationship');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the whole at a glance', () => {
  it('gives each text’s overview a text equivalent', async () => {
    renderReader(LINK);
    expect(await screen.findByText(/^Source A by tenths of its length: 1/)).toBeInTheDocument();
    expect(screen.getByText(/^Source B by tenths of its length:/)).toBeInTheDocument();
  });

  it('shows the corpus matrix at its own link, and a cell opens that comparison', async () => {
    const user = userEvent.setup();
    renderReader('?view=matrix');
    const matrix = screen.getByTestId('corpus-matrix');
    expect(within(matrix).getAllByRole('row')).toHaveLength(6);
    expect(
      within(matrix).getByText(/by AFP · themoscowtimes.com · June 12, 2024/),
    ).toBeInTheDocument();
    const cell = await within(matrix).findByRole('button', {
      name: /of Kim Jong Un Praises Relationship.* stands in North Korea's Kim hails Russia ties/,
    });
    expect(cell).toHaveTextContent(/^◆ \d+%$/);
    expect(cell).toHaveAccessibleName(/reads like a rewrite or excerpt of it/);
    await user.click(cell);
    expect(window.location.search).toBe(LINK);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });
});
