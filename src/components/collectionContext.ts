import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import {
  createCollectionStore,
  type CollectionState,
  type CollectionStore,
} from '@/store/collection';
import type { LibraryStore } from '@/store/library';
import { createCollectionEngine } from '@/worker/collectionEngine';
import { readCollectionFile } from './readCollectionFile';
import { useStores } from './readerContext';

/** A collection store handed in (tests); absent in the page, which makes its own on first use. */
export const CollectionContext = createContext<CollectionStore | null>(null);

/**
 * The page's collection store, made when the families view is first shown: this module is in
 * that view's chunk, so the first paint carries none of it. One per library, so the families
 * found stay while the reader opens a pair and comes back.
 */
const made = new WeakMap<LibraryStore, CollectionStore>();

export function useCollectionStore(): CollectionStore {
  const given = useContext(CollectionContext);
  const { library } = useStores();
  if (given) return given;
  let store = made.get(library);
  if (!store) {
    store = createCollectionStore({
      library,
      read: readCollectionFile,
      find: createCollectionEngine().find,
    });
    made.set(library, store);
  }
  return store;
}

export function useCollection<T>(selector: (state: CollectionState) => T): T {
  return useStore(useCollectionStore(), selector);
}
