import {
  comparisonFor,
  selectComparison,
  selectComputing,
  selectPair,
  selectSources,
  sourcesOf,
} from '@/store/selectors';
import { formatLink } from '@/url/link';
import { useDeferredValue, useMemo, useState, type MouseEvent } from 'react';
import { boilerplateAmong, relationOf } from '@/core';
import { ComputingStatus } from './ComputingStatus';
import { Legend } from './Legend';
import { Notice } from './Notice';
import { PaneBoundary } from './PaneBoundary';
import { Panes } from './Panes';
import { Pickers } from './Pickers';
import { ProblemAlert } from './ProblemAlert';
import { SetAsideNotice } from './SetAsideNotice';
import { useComparisons, useLibrary, useReader, useStores } from './readerContext';
import { PaneControllerContext, useNewPaneController } from './usePaneController';
import { useLoaded } from './useLoaded';
import { useShortcuts } from './useShortcuts';

// Parts the first paint does not need, each a chunk of its own loaded right after it.
const loadHelp = () => import('./HelpDialog');
const loadShareExport = () => import('./ShareExport');
const loadOwnSources = () => import('./OwnSources');
const loadRemovalNotice = () => import('./RemovalNotice');
const loadAddSource = () => import('./AddSource');
const loadCorpusMatrix = () => import('./CorpusMatrix');

const LINK =
  'rounded px-1 font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100';

/** The whole page: the corpus matrix, or two sources side by side. */
export function Reader() {
  const stores = useStores();
  const controller = useNewPaneController(stores.reader);
  // The help dialog is this view's own passing state, not the store's.
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(controller, helpOpen, setHelpOpen);
  const help = useLoaded(loadHelp);
  const view = useReader((s) => s.view);
  const showMatrix = useReader((s) => s.showMatrix);
  const pair = useReader(selectPair);
  const open = useReader((s) => s.open);
  const toMatrix = (event: MouseEvent) => {
    event.preventDefault();
    showMatrix();
  };
  const toReader = (event: MouseEvent) => {
    event.preventDefault();
    open(pair);
  };
  return (
    <PaneControllerContext.Provider value={controller}>
      <div className="mx-auto flex max-w-[100rem] flex-col gap-4 px-4 py-5 sm:px-6 lg:px-8">
        <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
          <div>
            <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-900 dark:text-stone-50">
              Verbatim
            </h1>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              Two sources side by side, word by word: what they share, what moved, and what each
              says alone.
            </p>
          </div>
          <nav aria-label="Views" className="flex items-center gap-3 text-sm">
            {view === 'reader' ? (
              <a href="?view=matrix" onClick={toMatrix} className={LINK}>
                All sources at a glance
              </a>
            ) : (
              <a
                href={formatLink({ view: 'reader', pair, passage: null })}
                onClick={toReader}
                className={LINK}
              >
                Back to the comparison
              </a>
            )}
            <button
              type="button"
              onClick={() => setHelpOpen(true)}
              className={`${LINK} hidden sm:inline`}
            >
              Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
            </button>
          </nav>
        </header>
        <main className="flex flex-col gap-4">
          <ProblemAlert />
          <SetAsideNotice />
          {view === 'matrix' ? <MatrixView /> : <ReaderView />}
        </main>
        {help && helpOpen ? <help.HelpDialog open onClose={() => setHelpOpen(false)} /> : null}
      </div>
    </PaneControllerContext.Provider>
  );
}

function MatrixView() {
  const matrix = useLoaded(loadCorpusMatrix);
  return (
    <section aria-labelledby="matrix-title" className="flex flex-col gap-3">
      <h2 id="matrix-title" className="font-serif text-xl font-semibold">
        All sources at a glance
      </h2>
      {matrix ? <matrix.CorpusMatrix /> : null}
    </section>
  );
}

function ReaderView() {
  // While a new pair is compared, the last comparison stays on screen, dimmed, so nothing jumps;
  // the new one is rendered as a deferred (interruptible) update, so a long text never blocks.
  const latest = useComparisons(selectComparison);
  const comparison = useDeferredValue(latest);
  const pair = useReader(selectPair);
  const current = comparisonFor(latest, pair);
  const computing = useComparisons(selectComputing);
  const linkedScroll = useReader((s) => s.linkedScroll);
  const setLinkedScroll = useReader((s) => s.setLinkedScroll);
  const start = useReader((s) => s.start);
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  const setHideBoilerplate = useReader((s) => s.setHideBoilerplate);
  const sources = useLibrary(selectSources);
  // A comparison names its sources by id; these are they, as the reader's library has them now.
  const shownSources = useMemo(() => sourcesOf(sources, comparison), [sources, comparison]);
  const currentSources = useMemo(() => sourcesOf(sources, current), [sources, current]);
  // The relation, counted as the panes count: without the boilerplate hidden, if it is.
  const relation = useMemo(() => {
    if (!current || !currentSources) return null;
    const hidden = hideBoilerplate
      ? ([
          boilerplateAmong(currentSources![0], sources).map(Boolean),
          boilerplateAmong(currentSources![1], sources).map(Boolean),
        ] as const)
      : null;
    return relationOf(current, hidden).text;
  }, [current, currentSources, hideBoilerplate, sources]);
  const reset = useReader((s) => s.reset);
  const share = useLoaded(loadShareExport);
  const own = useLoaded(loadOwnSources);
  const removal = useLoaded(loadRemovalNotice);
  const add = useLoaded(loadAddSource);
  const matrix = useLoaded(loadCorpusMatrix);
  return (
    <>
      {start ? (
        <section aria-labelledby="start-matrix-title" className="flex flex-col gap-2">
          <h2 id="start-matrix-title" className="font-serif text-xl font-semibold">
            All sources at a glance
          </h2>
          {matrix ? <matrix.CorpusMatrix /> : null}
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Below: the two sources that share the most, side by side.
          </p>
        </section>
      ) : null}
      <Pickers />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {add ? <add.AddSource /> : null}
        {own ? <own.OwnSources /> : null}
        <ComputingStatus />
        {/* Linked scrolling needs panes side by side, so it is offered only there. */}
        <Toggle
          label="Link scrolling of the two texts"
          checked={linkedScroll}
          onChange={setLinkedScroll}
          wideOnly
        />
        <Toggle label="Hide boilerplate" checked={hideBoilerplate} onChange={setHideBoilerplate} />
      </div>
      <Notice />
      {removal ? <removal.RemovalNotice /> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Legend />
        {current && currentSources && share ? (
          <share.ShareExport comparison={current} sources={currentSources} />
        ) : null}
      </div>
      {relation ? (
        <p
          data-testid="relation"
          className="max-w-[80ch] text-sm text-stone-700 dark:text-stone-300"
        >
          {relation}
        </p>
      ) : null}
      <PaneBoundary onReset={reset}>
        {comparison && shownSources ? (
          <Panes
            comparison={comparison}
            sources={shownSources}
            stale={computing || comparison !== current}
          />
        ) : null}
      </PaneBoundary>
    </>
  );
}

function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  wideOnly?: boolean;
}) {
  return (
    <label
      className={`${props.wideOnly ? 'hidden lg:flex' : 'flex'} items-center gap-2 text-sm text-stone-700 dark:text-stone-300`}
    >
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        className="size-4 accent-sky-700"
      />
      {props.label}
    </label>
  );
}
