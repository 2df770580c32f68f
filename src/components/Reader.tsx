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
import { FAMILIES_LINK, PAGE } from '@/core';
import { AddSourceFace } from './AddSourceFace';
import { ComputingStatus } from './ComputingStatus';
import { DropZone } from './DropZone';
import { MatrixOrFamilies } from './MatrixOrFamilies';
import { Narrow } from './Narrow';
import { Notice } from './Notice';
import { PageMenu } from './PageMenu';
import { PaneBoundary } from './PaneBoundary';
import { Panes } from './Panes';
import { Pickers } from './Pickers';
import { ProblemAlert } from './ProblemAlert';
import { SharedSources } from './SharedSources';
import { SetAsideNotice } from './SetAsideNotice';
import { useComparisons, useLibrary, useReader, useStores } from './readerContext';
import { PaneControllerContext, useNewPaneController } from './usePaneController';
import { useLabels } from './useLabels';
import { useLoaded } from './useLoaded';
import { useReading } from './useReading';
import { useShortcuts } from './useShortcuts';
import { Verdict } from './Verdict';
import { BUTTON, LINK } from './styles';

// Parts the first paint does not need, each a chunk of its own loaded right after it.
const loadHelp = () => import('./HelpDialog');
const loadRemovalNotice = () => import('./RemovalNotice');
const loadAddSource = () => import('./AddSource');
const loadCorpusMatrix = () => import('./CorpusMatrix');
const loadFamilies = () => import('./FamiliesView');

const NO_PAIR: readonly [string, string] = ['', ''];

const pairHref = (pair: readonly [string, string]) =>
  formatLink({ view: 'reader', pair: [pair[0], pair[1]], passage: null });

/**
 * The whole page: the comparison (the answer first: a verdict and its evidence above the two
 * texts, under one compact bar), or the corpus matrix or a collection's families as views of
 * their own.
 */
export function Reader() {
  const stores = useStores();
  const controller = useNewPaneController(stores.reader);
  // The help dialog is this view's own passing state, not the store's.
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(controller, helpOpen, setHelpOpen);
  const help = useLoaded(loadHelp);
  const view = useReader((s) => s.view);
  const showMatrix = useReader((s) => s.showMatrix);
  const showFamilies = useReader((s) => s.showFamilies);
  const families = useLoaded(loadFamilies);
  const pair = useReader(selectPair);
  const open = useReader((s) => s.open);
  const removal = useLoaded(loadRemovalNotice);
  const add = useLoaded(loadAddSource);
  const matrix = useLoaded(loadCorpusMatrix);
  const toMatrix = (event: MouseEvent) => {
    event.preventDefault();
    showMatrix();
  };
  const toFamilies = (event: MouseEvent) => {
    event.preventDefault();
    showFamilies();
  };
  const toReader = (event: MouseEvent) => {
    event.preventDefault();
    open(pair);
  };
  const matrixLink = (
    <a href="?view=matrix" onClick={toMatrix} className={LINK} aria-label={PAGE.matrixLink}>
      <Narrow short={PAGE.matrixLinkShort} long={PAGE.matrixLink} />
    </a>
  );
  const familiesLink = (
    <a href="?view=families" onClick={toFamilies} className={LINK}>
      {FAMILIES_LINK.nav}
    </a>
  );
  const brand = (
    <h1 className="font-serif text-xl font-semibold tracking-tight text-stone-900 dark:text-stone-50">
      Verbatim
    </h1>
  );
  return (
    <PaneControllerContext.Provider value={controller}>
      <div className="mx-auto flex max-w-[100rem] flex-col gap-3 px-3 py-3 sm:px-5 lg:px-6">
        {view !== 'reader' ? (
          <header className="flex flex-wrap items-center justify-between gap-3">
            {brand}
            <nav aria-label="Views" className="flex items-center gap-3 text-sm">
              {view === 'matrix' ? familiesLink : matrixLink}
              <a
                href={formatLink({ view: 'reader', pair, passage: null })}
                onClick={toReader}
                className={LINK}
              >
                {PAGE.backToComparison}
              </a>
            </nav>
          </header>
        ) : (
          <header className="flex flex-wrap items-center gap-x-2 gap-y-2 sm:gap-x-3">
            {brand}
            <Pickers />
            {/* A fragment: its button sits in this row, its form takes a row of its own below.
                Until its chunk arrives an unseen twin holds its place, so nothing in the row
                moves under a reader's pointer (at 390 px the row wraps around it). */}
            {add ? (
              <add.AddSource />
            ) : (
              <span
                aria-hidden="true"
                data-placeholder="add-source"
                className={`${BUTTON} invisible inline-block`}
              >
                <AddSourceFace />
              </span>
            )}
            <nav aria-label="Views" className="flex items-center gap-2 text-sm sm:gap-3">
              {matrixLink}
              {familiesLink}
            </nav>
            <PageMenu onHelp={() => setHelpOpen(true)} />
          </header>
        )}
        <main className="flex flex-col gap-3">
          <ProblemAlert />
          <SharedSources />
          <SetAsideNotice />
          {view === 'matrix' ? (
            <section aria-labelledby="matrix-title" className="flex flex-col gap-3">
              <h2 id="matrix-title" className="font-serif text-xl font-semibold">
                All sources at a glance
              </h2>
              <MatrixOrFamilies>{matrix ? <matrix.CorpusMatrix /> : null}</MatrixOrFamilies>
            </section>
          ) : view === 'families' ? (
            families ? (
              <families.FamiliesView hrefOf={pairHref} />
            ) : null
          ) : (
            <>
              <Notice />
              <ComputingStatus />
              {removal ? <removal.RemovalNotice /> : null}
              <ReaderView />
            </>
          )}
        </main>
        {help && helpOpen ? <help.HelpDialog open onClose={() => setHelpOpen(false)} /> : null}
        <DropZone />
      </div>
    </PaneControllerContext.Provider>
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
  const reset = useReader((s) => s.reset);
  const sources = useLibrary(selectSources);
  // A comparison names its sources by id; these are they, as the reader's library has them now.
  const shownSources = useMemo(() => sourcesOf(sources, comparison), [sources, comparison]);
  const currentSources = useMemo(() => sourcesOf(sources, current), [sources, current]);
  // Texts and figures wait for the block labels (worked out beside the comparison, in a worker
  // of their own), so boilerplate never shows and then collapses.
  const shownLabels = useLabels(comparison?.ids ?? NO_PAIR);
  // And for the verdict and figures, read in the same worker once the labels are known.
  const shownRead = useReading(comparison).ready;
  const currentRead = useReading(current).ready;
  return (
    <>
      {current && currentSources && currentRead ? (
        <Verdict comparison={current} sources={currentSources} />
      ) : null}
      <PaneBoundary onReset={reset}>
        {comparison && shownSources && shownLabels && shownRead ? (
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
