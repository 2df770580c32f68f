import { useLayoutEffect } from 'react';
import type { PaneController } from './paneController';
import { useStores } from './readerContext';
import { handleShortcut } from './shortcuts';

/** Listens for the one-key shortcuts on the whole page. */
export function useShortcuts(
  controller: PaneController,
  helpOpen: boolean,
  setHelpOpen: (open: boolean) => void,
): void {
  const stores = useStores();
  // A layout effect, so the keys work from the first paint: a passive effect may run a frame
  // later, and a key pressed as soon as the text shows would be lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (handleShortcut(stores, event, { controller, helpOpen, setHelpOpen }))
        event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stores, controller, helpOpen, setHelpOpen]);
}
