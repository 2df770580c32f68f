import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ReaderState, ReaderStore } from '@/store/readerStore';

export const ReaderContext = createContext<ReaderStore | null>(null);

/** Reads one slice of the reader store; components never subscribe to the whole of it. */
export function useReader<T>(selector: (state: ReaderState) => T): T {
  const store = useContext(ReaderContext);
  if (!store) throw new Error('useReader outside a ReaderContext provider; this is a bug');
  return useStore(store, selector);
}
