import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to render: the first `chunk` at once, then `chunk` more per
 * macrotask (as a transition), so a long text never blocks the page in one long render. `minimum` forces at
 * least that many at once (e.g. so a linked passage is on screen). Starts again when `key` changes.
 */
export function useProgressiveCount(
  total: number,
  chunk: number,
  key: unknown,
  minimum = 0,
): number {
  const [state, setState] = useState({ key, count: Math.min(total, chunk) });
  const count = Math.min(
    total,
    Math.max(state.key === key ? state.count : Math.min(total, chunk), minimum),
  );
  if (state.key !== key) setState({ key, count: Math.min(total, chunk) });
  useEffect(() => {
    if (count >= total) return;
    // A transition: React renders the next slice in short, interruptible steps.
    const timer = setTimeout(
      () => startTransition(() => setState({ key, count: count + chunk })),
      0,
    );
    return () => clearTimeout(timer);
  }, [count, total, chunk, key]);
  return count;
}
