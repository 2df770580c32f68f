import type { ReaderStore } from '@/store/readerStore';
import { formatLink, parseLink } from './link';

/**
 * The one place where the URL and the store meet. Reads the link at start and on Back/Forward
 * (popstate); writes a history entry when the reader picks another pair. Reading back a
 * history entry never writes one, so there are no loops.
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
    const { pair, problem } = parseLink(win.location.search, ids, fallback);
    store.getState().open(pair, problem);
    reading = false;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (reading || state.pair === previous.pair) return;
    const link = formatLink(state.pair);
    if (link !== win.location.search) win.history.pushState(null, '', link);
  });
  win.addEventListener('popstate', read);
  read();
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', read);
  };
}
