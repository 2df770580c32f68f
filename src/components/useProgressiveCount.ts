import { startTransition, useEffect, useState } from 'react';

/** Items drawn at first: enough to fill a screen, small enough to commit in a few ms. */
const FIRST = 12;

/**
 * How many of `total` items to render: a screenful at once, then `chunk` more per macrotask
 * (each as a transition, which React renders in short, interruptible steps), so a long text
 * never blocks the page in one long render. Starts again when `key` changes. (A passage chosen
 * further down is brought into view by the pane controller once its slice is drawn.)
 */
export function useProgressiveCount(total: number, chunk: number, key: unknown): number {
  const first = Math.min(total, FIRST);
  const [state, setState] = useState({ key, count: first });
  const count = Math.min(total, state.key === key ? state.count : first);
  if (state.key !== key) setState({ key, count: first });
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(
      () => startTransition(() => setState({ key, count: count + chunk })),
      0,
    );
    return () => clearTimeout(timer);
  }, [count, total, chunk, key]);
  return count;
}
