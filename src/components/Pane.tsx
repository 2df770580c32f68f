import type { Comparison } from '@/core/types';
import { MarkedText } from './MarkedText';

interface Props {
  comparison: Comparison;
  side: 0 | 1;
}

/** One source: its title, word count and marked text. */
export function Pane({ comparison, side }: Props) {
  const source = comparison.sources[side];
  const name = side === 0 ? 'A' : 'B';
  const headingId = `pane-${name.toLowerCase()}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className="min-w-0 rounded-lg border border-stone-200 bg-white px-5 py-5 shadow-sm sm:px-7 dark:border-stone-700 dark:bg-stone-900"
    >
      <header className="mb-4 border-b border-stone-200 pb-3 dark:border-stone-700">
        <p className="text-xs font-semibold uppercase tracking-wider text-stone-500 dark:text-stone-400">
          Source {name} · {comparison.stats[side].words.toLocaleString('en')} words
        </p>
        <h2
          id={headingId}
          className="mt-1 font-serif text-xl leading-snug font-semibold text-stone-900 dark:text-stone-50"
        >
          {source.title}
        </h2>
      </header>
      <div className="font-serif text-[1.0625rem] leading-[1.7] text-stone-800 dark:text-stone-200">
        <MarkedText
          source={source}
          segments={comparison.segments[side]}
          otherName={side === 0 ? 'B' : 'A'}
        />
      </div>
    </article>
  );
}
