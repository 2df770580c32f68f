import { PAGE, type Comparison, type Pair, type Side, type Source } from '@/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FocusAnnouncer } from './FocusAnnouncer';
import { Pane } from './Pane';
import { useReader } from './readerContext';
import { useLoaded } from './useLoaded';
import { usePaneController } from './usePaneController';

// The overview is a help beside the texts, not the texts: it comes right after the first paint.
const loadOverview = () => import('./Overview');

interface Props {
  comparison: Comparison;
  /** The two sources it names, in order. */
  sources: Pair<Source>;
  stale: boolean;
}

/** A scroll the follower caused itself is not followed back (ms). */
const QUIET_MS = 120;

/** Below this width the panes do not stand side by side: one text is shown at a time. */
const NARROW = '(max-width: 1023.98px)';
const isNarrow = () => window.matchMedia?.(NARROW).matches === true;

/**
 * Both panes, the overview between them, and the linked scrolling that ties them together. On a
 * narrow screen one text is shown at a time, with a switch between them; following a passage
 * shows its counterpart and offers the way back to where the reader was.
 */
export function Panes({ comparison, sources, stale }: Props) {
  const controller = usePaneController();
  const linkedScroll = useReader((s) => s.linkedScroll);
  const overview = useLoaded(loadOverview);
  // Which text a narrow screen shows, and where the reader was in each: passing view state.
  const [shown, setShown] = useState<Side>(0);
  const [back, setBack] = useState<{ side: Side; y: number } | null>(null);
  const scrolled = useRef<[number | null, number | null]>([null, null]);
  const top = useRef<HTMLDivElement>(null);

  // A new pair starts on A, from its beginning.
  const pairKey = `${comparison.ids[0]}|${comparison.ids[1]}`;
  const [seen, setSeen] = useState(pairKey);
  if (seen !== pairKey) {
    setSeen(pairKey);
    setShown(0);
    setBack(null);
  }
  useEffect(() => {
    scrolled.current = [null, null];
  }, [pairKey]);

  /** Shows one text (synchronously, so it can be measured and scrolled at once). */
  const show = (side: Side) => {
    scrolled.current[shown] = window.scrollY;
    flushSync(() => setShown(side));
  };
  const switchTo = (side: Side) => {
    if (side === shown) return;
    show(side);
    setBack(null);
    const y = scrolled.current[side];
    // Back where the reader left that text, or at its start.
    if (y !== null) window.scrollTo({ top: y });
    else top.current?.scrollIntoView({ block: 'start' });
  };
  const onFollow = (from: Side) => {
    if (!isNarrow()) return;
    const y = window.scrollY;
    show(from === 0 ? 1 : 0);
    setBack({ side: from, y });
  };
  const goBack = () => {
    if (!back) return;
    flushSync(() => setShown(back.side));
    window.scrollTo({ top: back.y });
    setBack(null);
  };

  // Linked scrolling: keep the other pane level with the passage at the top of this one. A layout
  // effect, so a scroll right after the toggle is already followed.
  useLayoutEffect(() => {
    if (!linkedScroll) return;
    const panes = [controller.pane(0), controller.pane(1)];
    const quietUntil = [0, 0];
    let frame = 0;
    const listeners = panes.map((pane, side) => {
      const onScroll = () => {
        if (performance.now() < quietUntil[side]!) return;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (controller.follow(side as Side))
            quietUntil[side === 0 ? 1 : 0] = performance.now() + QUIET_MS;
        });
      };
      pane?.addEventListener('scroll', onScroll, { passive: true });
      return () => pane?.removeEventListener('scroll', onScroll);
    });
    return () => {
      cancelAnimationFrame(frame);
      listeners.forEach((remove) => remove());
    };
  }, [linkedScroll, comparison, controller]);

  return (
    <>
      <div
        ref={top}
        className="sticky top-0 z-10 -mx-3 flex items-center gap-2 bg-stone-50/95 px-3 py-1.5 backdrop-blur lg:hidden print:hidden dark:bg-stone-950/95"
      >
        <div role="group" aria-label={PAGE.switchLabel} className="flex rounded-md shadow-sm">
          {([0, 1] as const).map((side) => (
            <button
              key={side}
              type="button"
              aria-pressed={shown === side}
              onClick={() => switchTo(side)}
              className={`border px-3 py-1.5 text-sm font-semibold first:rounded-l-md last:rounded-r-md focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 ${
                shown === side
                  ? 'border-stone-800 bg-stone-800 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                  : 'border-stone-300 bg-white text-stone-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200'
              }`}
            >
              {PAGE.showSide(side)}
            </button>
          ))}
        </div>
        {back ? (
          <button
            type="button"
            onClick={goBack}
            className="ml-auto rounded-md border border-sky-700 bg-sky-50 px-3 py-1.5 text-sm font-medium text-sky-900 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100"
          >
            <span aria-hidden="true">← </span>
            {PAGE.backTo(back.side)}
          </button>
        ) : null}
      </div>
      <div
        aria-busy={stale}
        className={`grid gap-5 transition-opacity lg:grid-cols-[minmax(0,1fr)_4.5rem_minmax(0,1fr)] lg:gap-3 ${
          stale ? 'opacity-50' : ''
        }`}
      >
        <FocusAnnouncer comparison={comparison} />
        <Pane
          comparison={comparison}
          source={sources[0]}
          side={0}
          shown={shown === 0}
          onFollow={onFollow}
          ref={controller.paneRef(0)}
        />
        {overview ? (
          <overview.Overview comparison={comparison} />
        ) : (
          // Its column, kept while it loads, so the texts do not shift when it arrives.
          <div className="hidden lg:block" />
        )}
        <Pane
          comparison={comparison}
          source={sources[1]}
          side={1}
          shown={shown === 1}
          onFollow={onFollow}
          ref={controller.paneRef(1)}
        />
      </div>
    </>
  );
}
