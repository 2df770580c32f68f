/**
 * The geometry of following a passage across two panes: pure functions of rectangles (top
 * edges and heights in window coordinates), so they are tested in Node. The pane controller
 * measures, calls these, and scrolls; only its adapter touches the DOM.
 */
export interface Rect {
  readonly top: number;
  readonly height: number;
}

/**
 * How far to scroll the other pane so that `there` (in it) stands level with `here` (in this
 * pane): the same distance below its pane's top edge. Positive scrolls down.
 *
 * @example alignDelta({top: 300, height: 20}, {top: 100, height: 600}, {top: 900, height: 20}, {top: 100, height: 600}) // 600
 */
export function alignDelta(here: Rect, herePane: Rect, there: Rect, therePane: Rect): number {
  return there.top - therePane.top - (here.top - herePane.top);
}

/** How far to scroll a pane so `target` stands a third of the way down it. */
export function revealDelta(target: Rect, pane: Rect): number {
  return target.top - pane.top - pane.height / 3;
}

/** Room for two lines of text: a target is in the window only if that much of it shows. */
export const TWO_LINES = 60;

/** Whether a target whose top edge is at `top` shows in a window `windowHeight` tall. */
export const showsInWindow = (top: number, windowHeight: number) =>
  top >= 0 && top + TWO_LINES <= windowHeight;

/**
 * A pane can stand partly below the window (the page opens at its top), so a passage placed in
 * its pane may still be off screen. Then the page scrolls: preferably so the whole text panel
 * fills the window (16 px below its top edge), else just enough to show the target a third of
 * the way down. Returns how far to scroll the window (0: it shows already).
 */
export function windowDelta(targetTop: number, panelTop: number, windowHeight: number): number {
  if (showsInWindow(targetTop, windowHeight)) return 0;
  const shift = panelTop - 16;
  return showsInWindow(targetTop - shift, windowHeight) ? shift : targetTop - windowHeight / 3;
}
