// @vitest-environment jsdom
import { comparisonReport } from '@/core/report';
import { countOf, LEGEND, passageMissing, summarySentence, type Comparison } from '@/core';
import { sourcesOf } from '@/store/selectors';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { cleanupReader, renderReader } from '../support/renderReader';
import { openLegend } from '../support/page';

const LINK = '?a=kim-praises-relationship&b=kim-hails-ties-ahead';

/** The text a reader reads in a piece of HTML: tags out, entities back, spaces folded. */
function readable(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}
const folded = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

afterEach(cleanupReader);

describe('one wording for the page and the report', () => {
  it.each([false, true])(
    'the report says what the page says: both summaries and the legend (boilerplate hidden: %s)',
    async (hide) => {
      const { stores } = renderReader(`${LINK}&bp=${hide ? 'hide' : 'show'}`);
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
      const comparison = stores.comparisons.getState().comparison as Comparison;
      const sources = sourcesOf(stores.library.getState().sources, comparison)!;
      const report = readable(
        comparisonReport(comparison, sources, 'today', { hideBoilerplate: hide }),
      );
      for (const name of ['a', 'b']) {
        const sentence = folded(screen.getByTestId(`summary-${name}`).textContent);
        expect(sentence).toMatch(/^\d+% of [AB] also appears in/);
        expect(sentence.endsWith('boilerplate left out.')).toBe(hide);
        expect(report).toContain(sentence);
      }
      const legend = folded((await openLegend(userEvent.setup())).textContent);
      for (const { label, description } of LEGEND) {
        expect(legend).toContain(`${label} ${description}`);
        expect(report).toContain(`${label} ${description}`);
      }
    },
  );

  it('labels boilerplate in the report as the page labels it', async () => {
    // Shown (the page collapses it by default), so its labels are there to read.
    const { stores } = renderReader('?a=kim-praises-relationship&b=kim-hails-russia-ties&bp=show');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/^Drawing paragraph/)).toBeNull());
    const labels = screen.getAllByText(/^Boilerplate · /).map((n) => folded(n.textContent));
    expect(labels.length).toBeGreaterThan(0);
    const comparison = stores.comparisons.getState().comparison as Comparison;
    const sources = sourcesOf(stores.library.getState().sources, comparison)!;
    const report = readable(comparisonReport(comparison, sources, 'today'));
    expect(report.match(/Boilerplate · [a-z ]+[a-z]/g)).toEqual(labels);
  });

  it('leaves hidden boilerplate out of the report’s text, as the page does', async () => {
    const { stores } = renderReader('?a=kim-praises-relationship&b=kim-hails-russia-ties&bp=hide');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/^Drawing paragraph/)).toBeNull());
    // Each run of hidden paragraphs is one line, the same line on the page and in the report.
    const line = (text: string | null) => folded(text).replace(/^⋯\s*/, '').trim();
    const onPage = screen.getAllByText(/of boilerplate hidden/).map((n) => line(n.textContent));
    expect(onPage.length).toBeGreaterThan(0);
    const comparison = stores.comparisons.getState().comparison as Comparison;
    const sources = sourcesOf(stores.library.getState().sources, comparison)!;
    const report = readable(
      comparisonReport(comparison, sources, 'today', { hideBoilerplate: true }),
    );
    const inReport = (report.match(/⋯ [^\n]*?of boilerplate hidden \([^)]*\)/g) ?? []).map(line);
    expect(inReport.sort()).toEqual(onPage.sort());
  });
});

describe('the wording module', () => {
  it('says one of a thing in the singular', () => {
    expect(countOf(1, 'passage', 'passages')).toBe('1 passage');
    expect(countOf(0, 'passage', 'passages')).toBe('0 passages');
    expect(countOf(12_345, 'word', 'words')).toBe('12,345 words');
    expect(passageMissing(3, 1)).toMatch(/has 1 passage;/);
  });

  it('writes the summary with the right number for one passage of one word', () => {
    const { lead, rest } = summarySentence(
      {
        words: 10,
        sharedPct: 10,
        movedPct: 0,
        rewordedPct: 0,
        uniquePct: 90,
        inOtherPct: 10,
        passages: 1,
        longestPassage: 1,
        quotedPct: 0,
      },
      1,
    );
    expect(lead + rest).toBe(
      '10% of B also appears in A (10% in place, 0% moved); 90% is only in B. 1 passage, the longest 1 word. Of what it shares, 0% is quoted in both texts and 100% is not.',
    );
  });
});
