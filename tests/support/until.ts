import type { StoreApi } from 'zustand/vanilla';

/**
 * Resolves with the store's state once `ok` holds (at once if it holds already). Tests wait on
 * a condition this way, never on a timer; a condition that never comes fails by the test's
 * own timeout.
 */
export function until<S>(store: StoreApi<S>, ok: (state: S) => boolean): Promise<S> {
  return new Promise((resolve) => {
    if (ok(store.getState())) {
      resolve(store.getState());
      return;
    }
    const stop = store.subscribe((state) => {
      if (!ok(state)) return;
      stop();
      resolve(state);
    });
  });
}

/** A promise with its resolve and reject in hand, to settle when a test says so. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
