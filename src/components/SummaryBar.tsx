import { summarize } from '@/core/summary';
import { selectCurrentComparison } from '@/store/selectors';
import { useMemo } from 'react';
import { useReader } from './readerContext';

/** What share of each text the other source also has, in words a reader can say aloud. */
export function SummaryBar() {
  const comparison = useReader(selectCurrentComparison);
  const summary = useMemo(() => (comparison ? summarize(comparison) : null), [comparison]);
  if (!comparison || !summary) return null;
  return (
    <section
      aria-label="Summary"
      className="grid gap-2 text-sm text-stone-700 sm:grid-cols-2 dark:text-stone-300"
    >
      {summary.map((s, side) => {
        const name = side === 0 ? 'A' : 'B';
        const other = side === 0 ? 'B' : 'A';
        return (
          <p key={name} data-testid={`summary-${name.toLowerCase()}`}>
            <strong className="font-semibold text-stone-900 dark:text-stone-100">
              {s.inOtherPct}% of {name}
            </strong>{' '}
            also stands in {other} ({s.sharedPct}% in place, {s.movedPct}% moved); {s.uniquePct}% is
            only in {name}. {s.passages} {s.passages === 1 ? 'passage' : 'passages'}, the longest{' '}
            {s.longestPassage} words.
          </p>
        );
      })}
    </section>
  );
}
