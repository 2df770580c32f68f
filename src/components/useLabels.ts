import type { BlockLabels, Pair } from '@/core';
import { useMemo } from 'react';
import { useComparisons } from './readerContext';

/**
 * The block labels of a pair's two sources (worked out in the labelling worker; empty for a
 * source that could not be labelled), or null while they are not yet: the views wait for them,
 * so no boilerplate shows and then collapses.
 */
export function useLabels(ids: Pair<string>): Pair<BlockLabels> | null {
  const a = useComparisons((s) => s.labels.get(ids[0])?.labels);
  const b = useComparisons((s) => s.labels.get(ids[1])?.labels);
  return useMemo(() => (a && b ? [a, b] : null), [a, b]);
}
