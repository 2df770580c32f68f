import {
  caseExcerpt,
  caseFigures,
  caseLabel,
  casesByLength,
  caseWords,
  evidenceHeading,
  PAGE,
  type Comparison,
  type Pair,
  type Source,
} from '@/core';
import { useMemo } from 'react';
import { useLoaded } from './useLoaded';
import { useReader } from './readerContext';
import { usePaneController } from './usePaneController';
import { useReading } from './useReading';

// What the marks mean stands folded under the answer: it comes after the first paint.
const loadLegend = () => import('./Legend');

/**
 * The answer first: one plain sentence on how the two texts relate, then its evidence — the
 * reuse cases, longest first, each one click from both texts — and what the marks mean.
 */
export function Verdict({
  comparison,
  sources,
}: {
  comparison: Comparison;
  sources: Pair<Source>;
}) {
  // Shown only once read (see Reader.tsx); null when it could not be.
  const relation = useReading(comparison).reading?.relation ?? null;
  const order = useMemo(() => casesByLength(comparison), [comparison]);
  const focus = useReader((s) => s.focus);
  const { select } = usePaneController();
  const legend = useLoaded(loadLegend);
  const current = focus?.kind === 'case' ? focus.index : null;
  return (
    <section aria-label="How the two texts relate" className="flex flex-col gap-2">
      <p
        data-testid="relation"
        className="max-w-[90ch] font-serif text-lg leading-snug text-stone-900 dark:text-stone-50"
      >
        {relation?.text}
      </p>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
        {order.length > 0 ? (
          <nav aria-labelledby="evidence-title" className="flex min-w-0 flex-1 items-center gap-2">
            {/* Not a heading: the panes' titles are the page's second-level headings. */}
            <p
              id="evidence-title"
              className="max-w-[9rem] shrink-0 text-xs font-semibold text-stone-600 max-md:sr-only dark:text-stone-400"
            >
              {evidenceHeading(order.length)}
            </p>
            <ol className="flex min-w-0 flex-1 gap-1.5 overflow-x-auto pb-1" data-testid="evidence">
              {order.map((k, n) => {
                const reuse = comparison.cases[k]!;
                const [a, b] = [caseWords(comparison, k, 0), caseWords(comparison, k, 1)];
                const chosen = current === k;
                return (
                  <li key={k} className="shrink-0">
                    <button
                      type="button"
                      data-case={k}
                      aria-current={chosen ? 'true' : undefined}
                      aria-label={caseLabel(n + 1, order.length, a, b, reuse.kind)}
                      title={caseExcerpt(comparison, k, 0, sources[0])}
                      onClick={() => select({ kind: 'case', index: k, side: 0 }, { align: true })}
                      className={`flex max-w-[15rem] flex-col rounded-md border px-2.5 py-1 text-left text-xs focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 ${
                        chosen
                          ? 'border-stone-800 bg-stone-800 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                          : 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800'
                      }`}
                    >
                      <span className="font-semibold">{caseFigures(a, b, reuse.kind)}</span>
                      <span className="truncate font-serif italic">
                        {caseExcerpt(comparison, k, 0, sources[0], 6)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
        ) : null}
        <details className="group text-sm max-md:w-full">
          <summary className="cursor-pointer py-1 font-medium text-sky-800 underline underline-offset-4 dark:text-sky-300">
            {PAGE.legend}
          </summary>
          <div className="mt-2 rounded-md border border-stone-200 bg-white p-3 md:absolute md:right-6 md:z-10 md:max-w-xl md:shadow-lg dark:border-stone-700 dark:bg-stone-900">
            {legend ? <legend.Legend /> : null}
          </div>
        </details>
      </div>
    </section>
  );
}
