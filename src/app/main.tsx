import { vaultUnreadable, type Source } from '@/core';
import { bundledSources } from '@/corpus/bundled';
import { DEFAULT_PAIR } from '@/corpus/manifest';
import { Reader } from '@/components/Reader';
import { StoresContext } from '@/components/readerContext';
import { createStores } from '@/store/stores';
import { syncUrl } from '@/url/syncUrl';
import { createWorkerEngine } from '@/worker/workerCompare';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPalette } from './palette';
import { loadHideBoilerplate, loadLinkedScroll, rememberPreferences } from './preferences';
import { openVault } from './vault';
import './index.css';

async function start() {
  applyPalette(document.documentElement);
  const sources = bundledSources();
  const vault = openVault();
  let ownSources: Source[] = [];
  let vaultProblem: string | null = null;
  try {
    ownSources = await vault.loadAll();
  } catch (error) {
    vaultProblem = vaultUnreadable(String(error));
  }
  const engine = createWorkerEngine();
  const stores = createStores({
    sources,
    // With no link, the page opens on the pair that shares the most: fixed in the manifest, so
    // nothing is compared before the first paint just to choose it.
    initialPair: DEFAULT_PAIR,
    compare: engine.compare,
    measure: engine.measure,
    linkedScroll: loadLinkedScroll(),
    hideBoilerplate: loadHideBoilerplate(),
    ownSources,
    vault,
  });
  rememberPreferences(stores.reader);
  syncUrl(stores, window, DEFAULT_PAIR);
  if (vaultProblem && !stores.reader.getState().problem)
    stores.reader.getState().report(vaultProblem);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoresContext.Provider value={stores}>
        <Reader />
      </StoresContext.Provider>
    </StrictMode>,
  );
}

void start();
