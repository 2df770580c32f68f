import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ComparisonsState } from '@/store/comparisons';
import type { LibraryState } from '@/store/library';
import type { ReaderState } from '@/store/reader';
import type { Stores } from '@/store/stores';

export const StoresContext = createContext<Stores | null>(null);

/** The page's stores, for event handlers that act on them (shortcuts, say). */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside a StoresContext provider; this is a bug');
  return stores;
}

// Components read one slice through a selector; they never subscribe to a whole store.

export function useReader<T>(selector: (state: ReaderState) => T): T {
  return useStore(useStores().reader, selector);
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useStores().library, selector);
}

export function useComparisons<T>(selector: (state: ComparisonsState) => T): T {
  return useStore(useStores().comparisons, selector);
}
