import { casesByLength, passageOrder, uniqueStretches, type Side } from '@/core';
import { comparisonFor } from '@/store/selectors';
import type { Stores } from '@/store/stores';
import type { PaneController } from './paneController';

/** What the shortcuts act on besides the stores: the panes, and the help dialog's state. */
export interface ShortcutView {
  readonly controller: Pick<PaneController, 'select'>;
  readonly helpOpen: boolean;
  setHelpOpen(open: boolean): void;
}

/** Keys typed into a field are the reader's text, never shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Handles one key press; returns whether it was a shortcut. */
export function handleShortcut(
  stores: Pick<Stores, 'reader' | 'comparisons'>,
  event: KeyboardEvent,
  view: ShortcutView,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return false;
  const state = stores.reader.getState();
  if (event.key === 'Escape') {
    if (view.helpOpen) view.setHelpOpen(false);
    else view.controller.select(null);
    return true;
  }
  if (event.key === '?') {
    view.setHelpOpen(true);
    return true;
  }
  if (view.helpOpen || state.view !== 'reader') return false;
  if (event.key === 's') {
    state.swap();
    return true;
  }
  const c = comparisonFor(stores.comparisons.getState().comparison, state.pair);
  if (!c || !['j', 'k', 'n', 'p', ']', '['].includes(event.key)) return false;
  const side: Side = state.focus?.side ?? 0;
  if (event.key === ']' || event.key === '[') {
    // The evidence list's order: longest reuse first.
    const order = casesByLength(c);
    const at = state.focus?.kind === 'case' ? order.indexOf(state.focus.index) : -1;
    const next = stepThrough(order, at, event.key === ']' ? 1 : -1);
    if (next !== undefined)
      view.controller.select({ kind: 'case', index: next, side }, { align: true });
    return true;
  }
  const step = event.key === 'j' || event.key === 'n' ? 1 : -1;
  if (event.key === 'j' || event.key === 'k') {
    const order = passageOrder(c, side);
    const focus = state.focus;
    // From a chosen case, step from its first passage: the reader goes on from where they are.
    const at =
      focus?.kind === 'passage'
        ? order.indexOf(focus.index)
        : focus?.kind === 'case'
          ? order.indexOf(c.cases[focus.index]?.passages[0] ?? -1)
          : -1;
    const next = stepThrough(order, at, step);
    if (next !== undefined)
      view.controller.select({ kind: 'passage', index: next, side }, { moveFocus: true });
  } else {
    const stretches = uniqueStretches(c, side);
    const at = state.focus?.kind === 'unique' ? stretches.indexOf(state.focus.segment) : -1;
    const next = stepThrough(stretches, at, step);
    if (next !== undefined)
      view.controller.select({ kind: 'unique', segment: next, side }, { moveFocus: true });
  }
  return true;
}

/** The item one step from position `at` (-1: none yet, so the first or the last), held at the ends. */
function stepThrough<T>(items: readonly T[], at: number, step: 1 | -1): T | undefined {
  if (at < 0) return step > 0 ? items[0] : items.at(-1);
  return items[Math.min(items.length - 1, Math.max(0, at + step))];
}
