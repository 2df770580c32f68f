import { mostSimilarPair } from '@/core/similarity';
import type { Source } from '@/core/types';
import { bundledSources } from '@/corpus/bundled';
import { Reader } from '@/components/Reader';
import { ReaderContext } from '@/components/readerContext';
import { createReaderStore } from '@/store/readerStore';
import { syncUrl } from '@/url/syncUrl';
import { createWorkerCompare } from '@/worker/workerCompare';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadHideBoilerplate, loadLinkedScroll, rememberPreferences } from './preferences';
import { openVault } from './vault';
import './index.css';

async function start() {
  const sources = bundledSources();
  // With no link, open on the pair that shares the most, so the first view is never empty.
  const fallback = mostSimilarPair(sources) ?? [sources[0]!.id, sources[0]!.id];
  const vault = openVault();
  let ownSources: Source[] = [];
  let vaultProblem: string | null = null;
  try {
    ownSources = await vault.loadAll();
  } catch (error) {
    vaultProblem = `Your saved sources could not be read from this browser’s storage (${String(error)}). New sources will work for this visit.`;
  }
  const store = createReaderStore({
    sources,
    initialPair: fallback,
    compare: createWorkerCompare(),
    linkedScroll: loadLinkedScroll(),
    hideBoilerplate: loadHideBoilerplate(),
    ownSources,
    vault,
  });
  rememberPreferences(store);
  syncUrl(store, window, fallback);
  if (vaultProblem && !store.getState().problem) store.getState().report(vaultProblem);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ReaderContext.Provider value={store}>
        <Reader />
      </ReaderContext.Provider>
    </StrictMode>,
  );
}

void start();
