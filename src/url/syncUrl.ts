import type { ReaderState, ReaderStore } from '@/store/readerStore';
import { formatLink, parseLink, type Link } from './link';

/** The link that describes what the reader shows now. */
export function linkOf(state: ReaderState): Link {
  if (state.view === 'matrix') return { view: 'matrix' };
  const passage = state.focus?.kind === 'passage' ? state.focus.index : null;
  return { view: 'reader', pair: state.pair, passage };
}

/**
 * The one place where the URL and the store meet. Reads the link at start and on Back/Forward
 * (popstate); writes a history entry when the reader opens another pair or view, and replaces
 * the entry when only the chosen passage changes (so Back steps between comparisons, not
 * passages). Reading back a history entry never writes one, so there are no loops.
 */
export function syncUrl(
  store: ReaderStore,
  win: Window,
  fallback: readonly [string, string],
): () => void {
  let reading = false;
  const read = () => {
    reading = true;
    const ids = store.getState().sources.map((s) => s.id);
    const { link, problem, notice, start } = parseLink(win.location.search, ids, fallback);
    if (link.view === 'matrix') store.getState().showMatrix(problem);
    else
      store
        .getState()
        .open(link.pair, { problem, notice, passage: link.passage, start: start === true });
    reading = false;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (reading) return;
    const now = linkOf(state);
    const before = linkOf(previous);
    const url = formatLink(now);
    if (url === formatLink(before) || url === win.location.search) return;
    const samePage = now.view === 'reader' && before.view === 'reader' && now.pair === before.pair;
    if (samePage) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  win.addEventListener('popstate', read);
  read();
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', read);
  };
}
