// @vitest-environment jsdom
import { comparisonReport } from '@/core/report';
import { countOf, LEGEND, passageMissing, summarySentence, type Comparison } from '@/core';
import { sourcesOf } from '@/store/selectors';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupReader, renderReader } from '../support/renderReader';

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
      const { stores } = renderReader(hide ? `${LINK}&bp=hide` : LINK);
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
      const comparison = stores.comparisons.getState().comparison as Comparison;
      const sources = sourcesOf(stores.library.getState().sources, comparison)!;
      const report = readable(
        comparisonReport(comparison, sources, 'today', { hideBoilerplate: hide }),
      );
      for (const name of ['a', 'b']) {
        const sentence = folded(screen.getByTestId(`summary-${name}`).textContent);
        expect(sentence).toMatch(/^\d+% of [AB] also stands in/);
        expect(sentence.endsWith('boilerplate left out.')).toBe(hide);
        expect(report).toContain(sentence);
      }
      const legend = folded(screen.getByRole('region', { name: 'Legend' }).textContent);
      for (const { label, description } of LEGEND) {
        expect(legend).toContain(`${label} ${description}`);
        expect(report).toContain(`${label} ${description}`);
      }
      for (const heading of screen.getAllByText(/^Source [AB] · [\d,]+ words?$/))
        expect(report).toContain(folded(heading.textContent));
    },
  );

  it('leaves hidden boilerplate out of the report’s text, as the page does', async () => {
    const { stores } = renderReader('?a=kim-praises-relationship&b=kim-hails-russia-ties&bp=hide');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/^Drawing paragraph/)).toBeNull());
    const notes = screen.getAllByText(/^Boilerplate hidden:/).map((n) => folded(n.textContent));
    expect(notes.length).toBeGreaterThan(0);
    const comparison = stores.comparisons.getState().comparison as Comparison;
    const sources = sourcesOf(stores.library.getState().sources, comparison)!;
    const report = readable(
      comparisonReport(comparison, sources, 'today', { hideBoilerplate: true }),
    );
    expect(report.match(/Boilerplate hidden: [a-z ]+/g)?.map((n) => n.trim())).toEqual(
      notes.map((n) => n.replace(/^⋯ /, '')),
    );
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
      '10% of B also stands in A (10% in place, 0% moved); 90% is only in B. 1 passage, the longest 1 word. Of what it shares, 0% is shared quotation and 100% shared narrative.',
    );
  });
});
