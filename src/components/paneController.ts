import type { Side } from '@/core';
import type { Focus } from '@/store/reader';
import { alignDelta, revealDelta, windowDelta, type Rect } from './paneGeometry';

/**
 * Everything the controller does to the page, handed in by the view (in the manner of TanStack
 * Virtual's `scrollToFn`): the controller itself never touches the DOM, so it runs in Node
 * with a fake adapter.
 */
export interface PaneAdapter<E> {
  /** An element's top edge and height, in window coordinates. */
  rect(element: E): Rect;
  /** A pane's scroll area: its top edge and visible height. */
  paneRect(pane: E): Rect;
  /** Whether a pane scrolls on its own (side by side) or with the page (stacked on a phone). */
  scrollsItself(pane: E): boolean;
  scrollPaneBy(pane: E, delta: number): void;
  /** The text panel around a pane (its top edge is where the panel fills the window from). */
  panelTop(pane: E): number;
  windowHeight(): number;
  scrollWindowBy(delta: number): void;
  /** Brings an element into view by scrolling the page (panes stacked). */
  revealInPage(element: E): void;
  focus(element: E): void;
  /** Sets or clears a marker attribute (`data-hover`, `aria-current`) on an element. */
  mark(element: E, attribute: Marker, on: boolean): void;
  /** The passage element near the top of a pane (for linked scrolling), or null. */
  passageNearTop(pane: E): { index: number; element: E } | null;
}

export type Marker = 'data-hover' | 'aria-current';

export interface RevealOptions {
  /** Scroll the other pane so the counterpart stands level with it (a click). */
  align?: boolean;
  /** Move keyboard focus to it (a shortcut). */
  moveFocus?: boolean;
}

/** A marked element's key: `p3` (passage 3), `c2` (reuse case 2) or `u17` (unique segment 17). */
const keyOf = (focus: Focus) =>
  focus.kind === 'passage'
    ? `p${focus.index}`
    : focus.kind === 'case'
      ? `c${focus.index}`
      : `u${focus.segment}`;

/** Passages and cases stand in both texts; a unique stretch in one. */
const twoSided = (focus: Focus) => focus.kind !== 'unique';

interface Registered<E> {
  readonly element: E;
  /** Text offset of the element: the first of a passage's elements is the lowest. */
  readonly order: number;
}

/**
 * Follows passages across the two panes: elements register through ref callbacks, and the
 * controller marks the hovered and chosen ones and scrolls the chosen one into view — level
 * with its counterpart when asked — as soon as its elements are drawn. No selector strings, no
 * re-render to move a highlight, and no need to draw a long text up to a target in advance.
 */
export function createPaneController<E>(
  adapter: PaneAdapter<E>,
  select: (focus: Focus | null) => void,
) {
  const panes: [E | null, E | null] = [null, null];
  const marks: [Map<string, Registered<E>[]>, Map<string, Registered<E>[]>] = [
    new Map(),
    new Map(),
  ];
  let hover: number | null = null;
  let focus: Focus | null = null;
  let pending: { focus: Focus; options: RevealOptions } | null = null;
  /** The options of a choice made here, applied when the store reports the new focus. */
  let chosen: { focus: Focus | null; options: RevealOptions } | null = null;

  const first = (side: Side, key: string): E | null => {
    const list = marks[side].get(key);
    if (!list || list.length === 0) return null;
    return list.reduce((a, b) => (b.order < a.order ? b : a)).element;
  };
  const each = (side: Side, key: string, act: (element: E) => void) =>
    marks[side].get(key)?.forEach((r) => act(r.element));

  /** Which markers an element with `key` on `side` should carry now. */
  const markersFor = (side: Side, key: string): Marker[] => {
    const out: Marker[] = [];
    if (hover !== null && key === `p${hover}`) out.push('data-hover');
    if (focus && keyOf(focus) === key && (twoSided(focus) || focus.side === side))
      out.push('aria-current');
    return out;
  };
  const remark = (key: string) => {
    for (const side of [0, 1] as const) {
      const markers = markersFor(side, key);
      each(side, key, (element) => {
        adapter.mark(element, 'data-hover', markers.includes('data-hover'));
        adapter.mark(element, 'aria-current', markers.includes('aria-current'));
      });
    }
  };

  const bringIntoView = (pane: E, target: E) => {
    if (!adapter.scrollsItself(pane)) {
      adapter.revealInPage(target);
      return;
    }
    adapter.scrollPaneBy(pane, revealDelta(adapter.rect(target), adapter.paneRect(pane)));
    const delta = windowDelta(
      adapter.rect(target).top,
      adapter.panelTop(pane),
      adapter.windowHeight(),
    );
    if (delta !== 0) adapter.scrollWindowBy(delta);
  };

  /** Performs the pending reveal once the elements it needs are drawn; true when done. */
  const tryReveal = (): boolean => {
    if (!pending) return true;
    const { focus: target, options } = pending;
    const side = target.side;
    const other: Side = side === 0 ? 1 : 0;
    const key = keyOf(target);
    const here = first(side, key);
    const there = twoSided(target) ? first(other, key) : null;
    const herePane = panes[side];
    const therePane = panes[other];
    if (!here || !herePane || (twoSided(target) && (!there || !therePane))) return false;
    pending = null;
    if (options.moveFocus) adapter.focus(here);
    if (options.align && there && therePane) {
      // Side by side: level with the chosen passage. Stacked (a phone): bring it into view.
      if (adapter.scrollsItself(therePane))
        adapter.scrollPaneBy(
          therePane,
          alignDelta(
            adapter.rect(here),
            adapter.paneRect(herePane),
            adapter.rect(there),
            adapter.paneRect(therePane),
          ),
        );
      else bringIntoView(therePane, there);
      return true;
    }
    if (there && therePane && adapter.scrollsItself(therePane)) bringIntoView(therePane, there);
    bringIntoView(herePane, here);
    return true;
  };

  const paneRefs = ([0, 1] as const).map((side) => (element: E | null) => {
    panes[side] = element;
    if (element) tryReveal();
  });

  return {
    /** A ref callback for each side's scroll area. */
    paneRef: (side: Side) => paneRefs[side]!,
    /** The scroll area of one side, once drawn. */
    pane: (side: Side): E | null => panes[side],

    /**
     * Registers a marked element (a ref callback calls it); returns the function that
     * unregisters it. It gets its markers at once, and a reveal waiting for it happens now.
     */
    register(side: Side, key: string, order: number, element: E): () => void {
      const list = marks[side].get(key) ?? [];
      const entry = { element, order };
      list.push(entry);
      marks[side].set(key, list);
      for (const marker of markersFor(side, key)) adapter.mark(element, marker, true);
      if (pending && keyOf(pending.focus) === key) tryReveal();
      return () => {
        const now = marks[side].get(key);
        const at = now?.indexOf(entry) ?? -1;
        if (now && at >= 0) now.splice(at, 1);
        if (now?.length === 0) marks[side].delete(key);
      };
    },

    /** Outlines a passage on both sides (null: none). */
    setHover(index: number | null) {
      if (index === hover) return;
      const before = hover;
      hover = index;
      if (before !== null) remark(`p${before}`);
      if (index !== null) remark(`p${index}`);
    },

    /** Chooses a passage or stretch in the store, and brings it into view as asked. */
    select(next: Focus | null, options: RevealOptions = {}) {
      chosen = { focus: next, options };
      select(next);
    },

    /**
     * The store's focus changed (the view subscribes this): marks it, and brings it into view
     * — as the choice made here asked, or plainly when it came from elsewhere (a link).
     */
    focusChanged(next: Focus | null) {
      const options = chosen?.focus === next ? chosen.options : {};
      chosen = null;
      const before = focus;
      focus = next;
      if (before) remark(keyOf(before));
      if (next) remark(keyOf(next));
      pending = next ? { focus: next, options } : null;
      tryReveal();
    },

    /** Linked scrolling: levels the other pane with the passage near the top of this one. */
    follow(side: Side): boolean {
      const from = panes[side];
      const to = panes[side === 0 ? 1 : 0];
      if (!from || !to || !adapter.scrollsItself(to)) return false;
      const hit = adapter.passageNearTop(from);
      if (!hit) return false;
      const target = first(side === 0 ? 1 : 0, `p${hit.index}`);
      if (!target) return false;
      adapter.scrollPaneBy(
        to,
        alignDelta(
          adapter.rect(hit.element),
          adapter.paneRect(from),
          adapter.rect(target),
          adapter.paneRect(to),
        ),
      );
      return true;
    },
  };
}

export type PaneController<E = HTMLElement> = ReturnType<typeof createPaneController<E>>;
