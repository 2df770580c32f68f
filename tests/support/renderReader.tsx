import { Reader } from '@/components/Reader';
import { StoresContext } from '@/components/readerContext';
import { bundledSources } from '@/corpus/bundled';
import { DEFAULT_PAIR } from '@/corpus/manifest';
import type { Stores } from '@/store/stores';
import { syncUrl } from '@/url/syncUrl';
import { cleanup, render } from '@testing-library/react';
import { testStores } from './stores';

export const corpus = bundledSources();
export const FALLBACK = DEFAULT_PAIR;
let stop: (() => void) | null = null;

/** The whole page around `stores`. */
export function renderWith(stores: Stores) {
  return render(
    <StoresContext.Provider value={stores}>
      <Reader />
    </StoresContext.Provider>,
  );
}

/** The whole reader over the bundled corpus, at `search`, with a synchronous engine. */
export function renderReader(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const stores = testStores({ sources: corpus, initialPair: FALLBACK });
  stop = syncUrl(stores, window, FALLBACK);
  const view = renderWith(stores);
  return { stores, store: stores.reader, ...view };
}

export function cleanupReader() {
  stop?.();
  stop = null;
  cleanup();
}
