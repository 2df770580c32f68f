// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupReader, renderReader } from '../support/renderReader';

const LINK = '?a=kim-praises-relationship&b=kim-hails-russia-ties';
afterEach(cleanupReader);

describe('news-aware reading', () => {
  it('labels boilerplate, and the toggle collapses it, leaves it out of the figures and goes into the link', async () => {
    const user = userEvent.setup();
    renderReader(LINK);
    const paneB = await screen.findByRole('region', { name: 'Text of source B' });
    await waitFor(() =>
      expect(within(paneB).getAllByText(/^Boilerplate · call to action$/).length).toBe(5),
    );
    const before = screen.getByTestId('summary-b').textContent;
    await user.click(screen.getByRole('checkbox', { name: 'Hide boilerplate' }));
    // The repeated headline is the story's own: named in `verbatim read`, never hidden.
    expect(within(paneB).getAllByText(/^Boilerplate hidden: /)).toHaveLength(8);
    expect(screen.getByTestId('summary-b').textContent).not.toBe(before);
    expect(screen.getByTestId('summary-b')).toHaveTextContent(/boilerplate left out/);
    expect(window.location.search).toBe(`${LINK}&bp=hide`);
  });

  it('explains shared quotations and boilerplate in the legend, and says how the texts relate', async () => {
    renderReader(LINK);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByText('Shared quotation')).toBeInTheDocument();
    expect(within(legend).getByText('Boilerplate')).toBeInTheDocument();
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
