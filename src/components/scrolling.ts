/** Whether a pane scrolls on its own (side by side) or with the page (stacked on a phone). */
export function scrollsItself(pane: HTMLElement): boolean {
  return getComputedStyle(pane).overflowY === 'auto' && pane.scrollHeight > pane.clientHeight;
}

/** Scrolls `pane` so that `target` stands `offset` pixels below the pane's top edge. */
export function placeAt(pane: HTMLElement, target: HTMLElement, offset: number): void {
  const delta = target.getBoundingClientRect().top - pane.getBoundingClientRect().top - offset;
  pane.scrollTop += delta;
}

/** Offset of `element` below the top edge of `pane`. */
export function offsetIn(pane: HTMLElement, element: HTMLElement): number {
  return element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
}

/** Brings `target` into view: within its own pane when panes scroll, else in the page. */
export function reveal(pane: HTMLElement, target: HTMLElement): void {
  if (!scrollsItself(pane)) {
    target.scrollIntoView({ block: 'center' });
    return;
  }
  placeAt(pane, target, pane.clientHeight / 3);
  keepInWindow(pane, target);
}

/** Room for two lines of text: a target is in the window only if that much of it shows. */
const TWO_LINES = 60;

/**
 * A pane can stand partly below the window (the page opens at its top), so a passage placed in
 * the pane may still be off screen. Then the page scrolls: preferably so the whole text panel
 * fills the window (its height is the window's), else just enough to show the target.
 */
function keepInWindow(pane: HTMLElement, target: HTMLElement): void {
  const height = window.innerHeight;
  const shows = (top: number) => top >= 0 && top + TWO_LINES <= height;
  const { top } = target.getBoundingClientRect();
  if (shows(top)) return;
  const panel = pane.closest('article') ?? pane;
  const shift = panel.getBoundingClientRect().top - 16;
  window.scrollBy({ top: shows(top - shift) ? shift : top - height / 3 });
}
