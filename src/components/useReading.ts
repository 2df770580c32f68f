import type { Comparison, Reading } from '@/core';
import { useReader, useComparisons } from './readerContext';

/**
 * How the comparison reads as the panes show it (boilerplate hidden or shown): its verdict and
 * figures, worked out in the labelling worker. `ready` is false until they are known (the views
 * wait, so nothing moves when they come); `reading` is null when they could not be worked out.
 */
export function useReading(comparison: Comparison | null): {
  ready: boolean;
  reading: Reading | null;
} {
  const hide = useReader((s) => s.hideBoilerplate);
  const entry = useComparisons((s) =>
    comparison ? s.readings.find((e) => e.comparison === comparison) : undefined,
  );
  if (!entry) return { ready: false, reading: null };
  return {
    ready: true,
    reading: entry.readings ? (hide ? entry.readings.hidden : entry.readings.shown) : null,
  };
}
