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
    if (order.length === 0) return true;
    const at = state.focus?.kind === 'passage' ? order.indexOf(state.focus.index) : -1;
    const next =
      at < 0
        ? step > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + step));
    state.select({ kind: 'passage', index: order[next]!, side }, { moveFocus: true });
    return true;
  }
  const stretches = uniqueStretches(c, side);
  if (stretches.length === 0) return true;
  const at = state.focus?.kind === 'unique' ? stretches.indexOf(state.focus.segment) : -1;
  const next =
    at < 0
      ? step > 0
        ? 0
        : stretches.length - 1
      : Math.min(stretches.length - 1, Math.max(0, at + step));
  state.select({ kind: 'unique', segment: stretches[next]!, side }, { moveFocus: true });
  return true;
}
