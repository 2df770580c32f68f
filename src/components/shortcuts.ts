import { passageOrder, uniqueStretches } from '@/core/navigation';
import type { Side } from '@/core/types';
import type { ReaderStore } from '@/store/readerStore';

export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['j', 'Next passage'],
  ['k', 'Previous passage'],
  ['n', 'Next unique stretch'],
  ['p', 'Previous unique stretch'],
  ['Enter', 'Align the other text with the passage in focus'],
  ['s', 'Swap sources A and B'],
  ['Esc', 'Clear the chosen passage, close this help'],
  ['?', 'Show these shortcuts'],
];

/** Keys typed into a field are the reader's text, never shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Handles one key press; returns whether it was a shortcut. */
export function handleShortcut(store: ReaderStore, event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return false;
  const state = store.getState();
  if (event.key === 'Escape') {
    if (state.helpOpen) state.setHelpOpen(false);
    else state.select(null);
    return true;
  }
  if (event.key === '?') {
    state.setHelpOpen(true);
    return true;
  }
  if (state.helpOpen || state.view !== 'reader') return false;
  if (event.key === 's') {
    state.swap();
    return true;
  }
  const c = state.comparison;
  if (!c || !['j', 'k', 'n', 'p'].includes(event.key)) return false;
  const side: Side = state.focus?.side ?? 0;
  const step = event.key === 'j' || event.key === 'n' ? 1 : -1;
  if (event.key === 'j' || event.key === 'k') {
    const order = passageOrder(c, side);
    const at = state.focus?.kind === 'passage' ? order.indexOf(state.focus.index) : -1;
    const next = stepThrough(order, at, step);
    if (next !== undefined)
      state.select({ kind: 'passage', index: next, side }, { moveFocus: true });
  } else {
    const stretches = uniqueStretches(c, side);
    const at = state.focus?.kind === 'unique' ? stretches.indexOf(state.focus.segment) : -1;
    const next = stepThrough(stretches, at, step);
    if (next !== undefined)
      state.select({ kind: 'unique', segment: next, side }, { moveFocus: true });
  }
  return true;
}

/** The item one step from position `at` (-1: none yet, so the first or the last), held at the ends. */
function stepThrough<T>(items: readonly T[], at: number, step: 1 | -1): T | undefined {
  if (at < 0) return step > 0 ? items[0] : items.at(-1);
  return items[Math.min(items.length - 1, Math.max(0, at + step))];
}
