import { vaultUnreadable } from '@/core';
import { DEFAULT_PAIR } from '@/corpus/manifest';
import { Reader } from '@/components/Reader';
import { StoresContext } from '@/components/readerContext';
import { createStores } from '@/store/stores';
import { syncUrl } from '@/url/syncUrl';
import { createWorkerEngine } from '@/worker/workerCompare';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadHideBoilerplate, loadLinkedScroll, rememberPreferences } from './preferences';
import { openVault } from './vault';
import './index.css';
// The marks' colours, written from the core's palette when the page is built.
import 'virtual:verbatim-palette.css';

async function start() {
  // The worker's script loads and compiles while the articles and the saved sources are read.
  const engine = createWorkerEngine();
  engine.warm();
  const vault = openVault(engine.readStored);
  let vaultProblem: string | null = null;
  // The bundled articles (parsed at build time) are data, in a chunk of their own, fetched while
  // the browser reads the reader's saved sources: neither waits for the other.
  const [sources, stored] = await Promise.all([
    import('@/corpus/bundled').then((m) => m.bundledSources()),
    vault.loadAll().catch((error: unknown) => {
      vaultProblem = vaultUnreadable(String(error));
      return { sources: [], aliases: new Map<string, string>(), setAside: [] };
    }),
  ]);
  const stores = createStores({
    sources,
    // With no link, the page opens on the pair that shares the most: fixed in the manifest, so
    // nothing is compared before the first paint just to choose it.
    initialPair: DEFAULT_PAIR,
    compare: engine.compare,
    measure: engine.measure,
    label: engine.label,
    read: engine.read,
    describe: engine.describe,
    linkedScroll: loadLinkedScroll(),
    hideBoilerplate: loadHideBoilerplate(),
    ownSources: stored.sources,
    aliases: stored.aliases,
    setAside: stored.setAside,
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
