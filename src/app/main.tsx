import { mostSimilarPair } from '@/core/similarity';
import { bundledSources } from '@/corpus/bundled';
import { Reader } from '@/components/Reader';
import { ReaderContext } from '@/components/readerContext';
import { createReaderStore } from '@/store/readerStore';
import { syncUrl } from '@/url/syncUrl';
import { createWorkerCompare } from '@/worker/workerCompare';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLinkedScroll, rememberPreferences } from './preferences';
import './index.css';

const sources = bundledSources();
// With no link, open on the pair that shares the most, so the first view is never empty.
const fallback = mostSimilarPair(sources) ?? [sources[0]!.id, sources[0]!.id];
const store = createReaderStore({
  sources,
  initialPair: fallback,
  compare: createWorkerCompare(),
  linkedScroll: loadLinkedScroll(),
});
rememberPreferences(store);
syncUrl(store, window, fallback);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReaderContext.Provider value={store}>
      <Reader />
    </ReaderContext.Provider>
  </StrictMode>,
);
