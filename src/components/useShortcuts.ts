import { useContext, useEffect } from 'react';
import { ReaderContext } from './readerContext';
import { handleShortcut } from './shortcuts';

/** Listens for the one-key shortcuts on the whole page. */
export function useShortcuts(): void {
  const store = useContext(ReaderContext);
  useEffect(() => {
    if (!store) return;
    const onKey = (event: KeyboardEvent) => {
      if (handleShortcut(store, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
