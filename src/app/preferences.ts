import type { ReaderStore } from '@/store/readerStore';

const LINKED_SCROLL = 'verbatim.linkedScroll';

/** The reader's remembered choices; storage may be unavailable (private mode), which is fine. */
export function loadLinkedScroll(): boolean {
  try {
    return localStorage.getItem(LINKED_SCROLL) === 'true';
  } catch {
    return false;
  }
}

export function rememberPreferences(store: ReaderStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.linkedScroll === previous.linkedScroll) return;
    try {
      localStorage.setItem(LINKED_SCROLL, String(state.linkedScroll));
    } catch {
      // Not remembered this time; the toggle still works for the session.
    }
  });
}
