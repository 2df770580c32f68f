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
  if (scrollsItself(pane)) placeAt(pane, target, pane.clientHeight / 3);
  else target.scrollIntoView({ block: 'center' });
}
