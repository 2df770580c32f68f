import { selectComparison, selectComputing, selectCurrentComparison } from '@/store/selectors';
import { ComputingStatus } from './ComputingStatus';
import { AddSource } from './AddSource';
import { Legend } from './Legend';
import { Pane } from './Pane';
import { Pickers } from './Pickers';
import { ProblemAlert } from './ProblemAlert';
import { SummaryBar } from './SummaryBar';
import { useReader } from './readerContext';

/** The whole page: choose two sources, read them side by side. */
export function Reader() {
  // While a new pair is compared, the last comparison stays on screen, dimmed, so nothing jumps.
  const comparison = useReader(selectComparison);
  const current = useReader(selectCurrentComparison);
  const computing = useReader(selectComputing);
  const stale = computing || comparison !== current;
  return (
    <div className="mx-auto flex max-w-[92rem] flex-col gap-5 px-4 py-6 sm:px-6 lg:px-8">
      <header className="flex flex-col gap-1">
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-900 dark:text-stone-50">
          Verbatim
        </h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Two sources side by side, word by word: what they share, what moved, and what each says
          alone.
        </p>
      </header>
      <main className="flex flex-col gap-5">
        <Pickers />
        <AddSource />
        <ProblemAlert />
        <ComputingStatus />
        <SummaryBar />
        <Legend />
        {comparison ? (
          <div
            aria-busy={stale}
            className={`grid gap-5 transition-opacity lg:grid-cols-2 ${stale ? 'opacity-50' : ''}`}
          >
            <Pane comparison={comparison} side={0} />
            <Pane comparison={comparison} side={1} />
          </div>
        ) : null}
      </main>
    </div>
  );
}
