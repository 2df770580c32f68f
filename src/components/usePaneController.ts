import { createContext, useContext, useLayoutEffect, useState } from 'react';
import type { ReaderStore } from '@/store/reader';
import { createPaneController, type PaneAdapter, type PaneController } from './paneController';

/** Where linked scrolling looks for the passage at the top of a pane (px from its corner). */
const PROBE_Y = [16, 48, 96, 160, 240];
const PROBE_X = [0.15, 0.4, 0.7];

/** The DOM side of the pane controller: the only code here that measures or scrolls. */
export const domAdapter: PaneAdapter<HTMLElement> = {
  rect: (element) => {
    const { top, height } = element.getBoundingClientRect();
    return { top, height };
  },
  paneRect: (pane) => ({ top: pane.getBoundingClientRect().top, height: pane.clientHeight }),
  scrollsItself: (pane) =>
    getComputedStyle(pane).overflowY === 'auto' && pane.scrollHeight > pane.clientHeight,
  scrollPaneBy: (pane, delta) => {
    pane.scrollTop += delta;
  },
  panelTop: (pane) => (pane.closest('article') ?? pane).getBoundingClientRect().top,
  windowHeight: () => window.innerHeight,
  scrollWindowBy: (delta) => window.scrollBy({ top: delta }),
  revealInPage: (element) => element.scrollIntoView({ block: 'center' }),
  focus: (element) => element.focus({ preventScroll: true }),
  mark: (element, attribute, on) => {
    if (on) element.setAttribute(attribute, 'true');
    else element.removeAttribute(attribute);
  },
  passageNearTop: (pane) => {
    const box = pane.getBoundingClientRect();
    for (const y of PROBE_Y) {
      for (const x of PROBE_X) {
        const hit = document.elementFromPoint(box.left + box.width * x, box.top + y);
        const element = hit?.closest<HTMLElement>('[data-passage]');
        if (element && pane.contains(element))
          return { index: Number(element.dataset.passage), element };
      }
    }
    return null;
  },
};

export const PaneControllerContext = createContext<PaneController | null>(null);

/** The controller of the panes below (for components that follow or choose passages). */
export function usePaneController(): PaneController {
  const controller = useContext(PaneControllerContext);
  if (!controller)
    throw new Error('usePaneController outside a PaneControllerContext provider; this is a bug');
  return controller;
}

/**
 * Creates the page's pane controller and keeps it told of the chosen passage: a choice made
 * anywhere (a click, a shortcut, a link) is marked and brought into view.
 */
export function useNewPaneController(reader: ReaderStore): PaneController {
  const [controller] = useState(() =>
    createPaneController(domAdapter, (focus) => reader.getState().select(focus)),
  );
  useLayoutEffect(() => {
    controller.focusChanged(reader.getState().focus);
    return reader.subscribe((state, previous) => {
      if (state.focus !== previous.focus) controller.focusChanged(state.focus);
      if (state.pair !== previous.pair || state.view !== previous.view) controller.setHover(null);
    });
  }, [controller, reader]);
  return controller;
}
