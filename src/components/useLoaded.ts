import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A module the first paint does not need, loaded right after it (an effect runs after the
 * paint): null until it arrives, then the module — at once on every later mount. Parts of the
 * page that appear only when the reader acts (the help, the share buttons, their own sources)
 * come this way, so the first script stays small and they are there by the time they are used.
 */
export function useLoaded<T extends object>(load: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (module) return;
    let live = true;
    load().then(
      (m) => {
        loaded.set(load, m);
        if (live) setModule(() => m);
      },
      // Not loaded (the network went away): the part stays absent; the rest of the page works.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [load, module]);
  return module;
}
