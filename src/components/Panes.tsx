import type { Comparison, Pair, Side, Source } from '@/core';
import { useLayoutEffect } from 'react';
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

/** Both panes, the overview between them, and the linked scrolling that ties them together. */
export function Panes({ comparison, sources, stale }: Props) {
  const controller = usePaneController();
  const linkedScroll = useReader((s) => s.linkedScroll);
  const overview = useLoaded(loadOverview);

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
    <div
      aria-busy={stale}
      className={`grid gap-5 transition-opacity lg:grid-cols-[minmax(0,1fr)_4.5rem_minmax(0,1fr)] lg:gap-3 ${
        stale ? 'opacity-50' : ''
      }`}
    >
      <FocusAnnouncer comparison={comparison} />
      <Pane comparison={comparison} source={sources[0]} side={0} ref={controller.paneRef(0)} />
      {overview ? (
        <overview.Overview comparison={comparison} />
      ) : (
        // Its column, kept while it loads, so the texts do not shift when it arrives.
        <div className="hidden lg:block" />
      )}
      <Pane comparison={comparison} source={sources[1]} side={1} ref={controller.paneRef(1)} />
    </div>
  );
}
