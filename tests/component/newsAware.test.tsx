// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupReader, corpus, renderReader, renderWith } from '../support/renderReader';
import { plain } from '../support/sources';
import { storyWithTweet } from '../support/embeddedPost';
import { testStores } from '../support/stores';
import { syncUrl } from '@/url/syncUrl';
import { openLegend, openMenu } from '../support/page';

const LINK = '?a=kim-praises-relationship&b=kim-hails-russia-ties';
afterEach(cleanupReader);

describe('news-aware reading', () => {
  it('collapses boilerplate by default, one line a run, and showing it labels it, counts it and goes into the link', async () => {
    const user = userEvent.setup();
    renderReader(LINK);
    const paneB = await screen.findByRole('region', { name: 'Text of source B' });
    // The repeated headline is the story's own: named in `verbatim read`, never hidden. The 8
    // hidden paragraphs stand in runs, each said in one line.
    await waitFor(() =>
      expect(
        within(paneB).getAllByText(/paragraphs? of boilerplate hidden \(/).length,
      ).toBeGreaterThan(0),
    );
    await waitFor(() => expect(screen.queryByText(/^Drawing paragraph/)).toBeNull());
    const counted = within(paneB)
      .getAllByText(/paragraphs? of boilerplate hidden/)
      .map((line) => Number(/^⋯ (\d+)/.exec(line.textContent ?? '')?.[1]));
    expect(counted.reduce((x, y) => x + y, 0)).toBe(8);
    const before = screen.getByTestId('summary-b').textContent;
    expect(before).toMatch(/boilerplate left out/);
    const figures = screen.getByTestId('figures-b').textContent;
    expect(window.location.search).toBe(LINK);
    await user.click(within(paneB).getAllByRole('button', { name: 'Show' })[0]!);
    await waitFor(() =>
      expect(within(paneB).getAllByText(/^Boilerplate · call to action$/).length).toBe(5),
    );
    expect(screen.getByTestId('summary-b').textContent).not.toBe(before);
    expect(screen.getByTestId('figures-b').textContent).not.toBe(figures);
    expect(window.location.search).toBe(`${LINK}&bp=show`);
    await openMenu(user);
    await user.click(screen.getByRole('checkbox', { name: 'Hide boilerplate' }));
    expect(window.location.search).toBe(LINK);
  });

  it('explains shared quotations, boilerplate and embedded posts in the legend, and says how the texts relate', async () => {
    renderReader(LINK);
    const legend = await openLegend(userEvent.setup());
    expect(within(legend).getByText('Shared quotation')).toBeInTheDocument();
    expect(within(legend).getByText('Boilerplate')).toBeInTheDocument();
    expect(within(legend).getByText('Embedded post')).toBeInTheDocument();
    expect(await screen.findByTestId('relation')).toHaveTextContent(
      /^(B is an edited copy of A|B rewrites A|A rewrites B|A and B share some passages)/,
    );
    expect(await screen.findByTestId('summary-a')).toHaveTextContent(
      /Of what it shares, \d+% is quoted in both texts and \d+% is not/,
    );
    const paneA = screen.getByRole('region', { name: 'Text of source A' });
    expect(paneA.querySelector('[data-quote="true"]')).toHaveTextContent(
      /unbreakable relationship of comrades-in-arms/,
    );
  });
});

describe('a post the story embeds', () => {
  let stopUrl = () => {};
  afterEach(() => stopUrl());

  it('is named once in each text, and stays in the text while boilerplate is hidden', async () => {
    const own = [
      plain('own-a', storyWithTweet('Example News')),
      plain('own-b', storyWithTweet('Daily Sample')),
    ];
    window.history.replaceState(null, '', '/?a=own-a&b=own-b');
    const stores = testStores({ sources: [...corpus, ...own], initialPair: ['own-a', 'own-b'] });
    stopUrl = syncUrl(stores, window, ['own-a', 'own-b']);
    renderWith(stores);
    const pane = await screen.findByRole('region', { name: 'Text of source B' });
    await waitFor(() => expect(within(pane).getAllByText('Embedded post')).toHaveLength(1));
    const tweet = within(pane)
      .getByText(/one hat at a time/)
      .closest('p')!;
    expect(tweet).toHaveTextContent(/^Embedded post/);
    expect(tweet).not.toHaveAttribute('data-boilerplate');
    expect(stores.reader.getState().hideBoilerplate).toBe(true);
  });
});
