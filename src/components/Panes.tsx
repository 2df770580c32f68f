import type { Comparison, Side } from '@/core/types';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { FocusAnnouncer } from './FocusAnnouncer';
import { Overview } from './Overview';
import { Pane } from './Pane';
import { useReader } from './readerContext';
import { offsetIn, placeAt, reveal, scrollsItself } from './scrolling';

interface Props {
  comparison: Comparison;
  stale: boolean;
}

/** Both panes, the overview between them, and the scrolling that ties them together. */
export function Panes({ comparison, stale }: Props) {
  const paneA = useRef<HTMLDivElement>(null);
  const paneB = useRef<HTMLDivElement>(null);
  const scrollRequest = useReader((s) => s.scrollRequest);
  const linkedScroll = useReader((s) => s.linkedScroll);

  // Bring the chosen passage or stretch into view, aligned across panes when asked.
  useEffect(() => {
    if (!scrollRequest) return;
    const panes = [paneA.current, paneB.current] as const;
    const { focus, align, moveFocus } = scrollRequest;
    const side = focus.side;
    const selector =
      focus.kind === 'passage'
        ? `[data-passage="${focus.index}"]`
        : `[data-unique="${focus.segment}"]`;
    const here = panes[side]?.querySelector<HTMLElement>(selector);
    const otherPane = panes[side === 0 ? 1 : 0];
    const there = focus.kind === 'passage' ? otherPane?.querySelector<HTMLElement>(selector) : null;
    if (moveFocus) here?.focus({ preventScroll: true });
    if (align && here && there && otherPane) {
      // Side by side: level with the clicked passage. Stacked (a phone): bring it into view.
      if (scrollsItself(otherPane)) placeAt(otherPane, there, offsetIn(panes[side]!, here));
      else reveal(otherPane, there);
      return;
    }
    if (there && otherPane && scrollsItself(otherPane)) reveal(otherPane, there);
    if (here && panes[side]) reveal(panes[side], here);
  }, [scrollRequest]);

  // Linked scrolling: keep the other pane level with the passage at the top of this one. A layout
  // effect, so a scroll right after the toggle is already followed.
  useLayoutEffect(() => {
    if (!linkedScroll) return;
    const panes = [paneA.current, paneB.current];
    const quietUntil = [0, 0];
    let frame = 0;
    const follow = (side: Side) => {
      const from = panes[side];
      const to = panes[side === 0 ? 1 : 0];
      if (!from || !to || !scrollsItself(to)) return;
      const box = from.getBoundingClientRect();
      for (const y of [16, 48, 96, 160, 240]) {
        for (const x of [0.15, 0.4, 0.7]) {
          const hit = document.elementFromPoint(box.left + box.width * x, box.top + y);
          const passage = hit?.closest<HTMLElement>('[data-passage]');
          if (!passage || !from.contains(passage)) continue;
          const target = to.querySelector<HTMLElement>(
            `[data-passage="${passage.dataset.passage}"]`,
          );
          if (!target) return;
          quietUntil[side === 0 ? 1 : 0] = performance.now() + 120;
          placeAt(to, target, offsetIn(from, passage));
          return;
        }
      }
    };
    const listeners = panes.map((pane, side) => {
      const onScroll = () => {
        if (performance.now() < quietUntil[side]!) return;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => follow(side as Side));
      };
      pane?.addEventListener('scroll', onScroll, { passive: true });
      return () => pane?.removeEventListener('scroll', onScroll);
    });
    return () => {
      cancelAnimationFrame(frame);
      listeners.forEach((remove) => remove());
    };
  }, [linkedScroll, comparison]);

  return (
    <div
      aria-busy={stale}
      className={`grid gap-5 transition-opacity lg:grid-cols-[minmax(0,1fr)_4.5rem_minmax(0,1fr)] lg:gap-3 ${
        stale ? 'opacity-50' : ''
      }`}
    >
      <FocusAnnouncer comparison={comparison} />
      <Pane comparison={comparison} side={0} ref={paneA} />
      <Overview comparison={comparison} />
      <Pane comparison={comparison} side={1} ref={paneB} />
    </div>
  );
}
