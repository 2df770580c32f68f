import { compareSources } from '@/core/compare';
import { Reader } from '@/components/Reader';
import { ReaderContext } from '@/components/readerContext';
import type { Pair, Source } from '@/core/types';
import { createReaderStore } from '@/store/readerStore';
import { syncUrl } from '@/url/syncUrl';
import { cleanup, render } from '@testing-library/react';
import { bundledSources } from '@/corpus/bundled';

export const corpus = bundledSources();
export const FALLBACK = ['growing-partnership', 'kim-hails-russia-ties'] as const;
let stop: (() => void) | null = null;

/** The whole reader over the bundled corpus, at `search`, with a synchronous engine. */
export function renderReader(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const store = createReaderStore({
    sources: corpus,
    initialPair: FALLBACK,
    compare: async (pair: Pair<Source>) => compareSources(pair),
  });
  stop = syncUrl(store, window, FALLBACK);
  const view = render(
    <ReaderContext.Provider value={store}>
      <Reader />
    </ReaderContext.Provider>,
  );
  return { store, ...view };
}

export function cleanupReader() {
  stop?.();
  stop = null;
  cleanup();
}
