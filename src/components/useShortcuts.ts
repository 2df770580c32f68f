import { useContext, useLayoutEffect } from 'react';
import { ReaderContext } from './readerContext';
import { handleShortcut } from './shortcuts';

/** Listens for the one-key shortcuts on the whole page. */
export function useShortcuts(): void {
  const store = useContext(ReaderContext);
  // A layout effect, so the keys work from the first paint: a passive effect may run a frame
  // later, and a key pressed as soon as the text shows would be lost.
  useLayoutEffect(() => {
    if (!store) return;
    const onKey = (event: KeyboardEvent) => {
      if (handleShortcut(store, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
