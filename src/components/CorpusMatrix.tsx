import { describeSource, matrixCellLabel, readsDerived } from '@/core';
import { selectMatrix, selectOwnIds, selectSources } from '@/store/selectors';
import { useEffect, useMemo } from 'react';
import { useReader, useLibrary, useComparisons } from './readerContext';

/**
 * Every source against every other: how much of the row's source also appears in the column's
 * source. Asymmetric on purpose — a short rewrite may lie 80% inside a long original while the
 * original lies 30% inside it. The figure is printed in each cell; the tint only repeats it.
 */
export function CorpusMatrix() {
  const sources = useLibrary(selectSources);
  const ownIds = useLibrary(selectOwnIds);
  const open = useReader((s) => s.open);
  const measured = useComparisons(selectMatrix);
  const measureMatrix = useReader((s) => s.measureMatrix);
  // Measured once, in a worker, after the first paint (an effect), so neither a large source of
  // the reader's own nor the matrix itself ever holds up the page; cells show "…" until then.
  useEffect(() => measureMatrix(), [sources, measureMatrix]);
  const matrix = measured?.sources === sources ? measured.values : null;
  const descriptions = useMemo(() => sources.map(describeSource), [sources]);
  const strongest = matrix?.map((row, i) => Math.max(...row.filter((_, j) => j !== i))) ?? [];

  return (
    <div className="overflow-x-auto">
      <table
        className="w-full border-separate border-spacing-1 text-sm"
        data-testid="corpus-matrix"
      >
        <caption className="mb-2 text-left text-stone-600 dark:text-stone-400">
          How much of each row’s source also appears in each column’s source (columns are numbered
          as the rows). Choose a figure to compare the two.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="text-left font-medium text-stone-600 dark:text-stone-300">
              Source
            </th>
            {sources.map((s, j) => (
              <th
                key={s.id}
                scope="col"
                className="w-12 text-center font-medium text-stone-600 sm:w-16 dark:text-stone-300"
              >
                <abbr title={s.title} className="no-underline">
                  {j + 1}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((row, i) => (
            <tr key={row.id}>
              <th scope="row" className="max-w-[28rem] pr-2 text-left align-top font-normal">
                {/* On a phone long titles are clamped so every figure fits; the full title stays in the text. */}
                <span className="line-clamp-3 text-xs font-semibold break-words text-stone-900 sm:line-clamp-none sm:text-sm dark:text-stone-100">
                  {i + 1}. {row.title}
                </span>
                <span className="line-clamp-2 text-xs break-words text-stone-500 sm:line-clamp-none dark:text-stone-400">
                  {ownIds.includes(row.id) ? 'Yours · ' : ''}
                  {descriptions[i]}
                </span>
              </th>
              {sources.map((col, j) => {
                if (i === j) {
                  return (
                    <td
                      key={col.id}
                      className="text-center text-stone-400"
                      aria-label="the same source"
                    >
                      —
                    </td>
                  );
                }
                if (matrix === null) {
                  return (
                    <td key={col.id} className="text-center text-stone-500 dark:text-stone-400">
                      <span aria-label="being measured">…</span>
                    </td>
                  );
                }
                const pct = Math.round(matrix[i]![j]! * 100);
                const top = matrix[i]![j] === strongest[i] && pct > 0;
                const derived = readsDerived(matrix[i]![j]!, matrix[j]![i]!);
                return (
                  <td key={col.id} className="p-0 text-center">
                    <button
                      type="button"
                      onClick={() => open([row.id, col.id])}
                      aria-label={matrixCellLabel(pct, row.title, col.title, derived)}
                      style={{
                        backgroundColor: `color-mix(in oklab, var(--color-sky-500) ${Math.round(pct * 0.5)}%, transparent)`,
                      }}
                      className={`w-full rounded px-1 py-2 text-xs whitespace-nowrap tabular-nums sm:px-2 sm:text-sm hover:outline-2 hover:outline-sky-700 focus:outline-2 focus:outline-offset-1 focus:outline-sky-600 ${
                        top ? 'font-bold underline decoration-2 underline-offset-4' : ''
                      }`}
                    >
                      {derived ? <span aria-hidden="true">◆ </span> : null}
                      {pct}%
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
        Underlined: the source each row shares most with. ◆: the row reads like a rewrite or excerpt
        of the column (at least half of it appears there, far more than the other way round); text
        alone cannot prove which came first.
      </p>
    </div>
  );
}
