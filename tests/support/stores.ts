import {
  compareSources,
  containmentMatrix,
  describeSource,
  labelsAmong,
  readingsOf,
  type BlockLabels,
  type Comparison,
  type Pair,
  type Source,
} from '@/core';
import { createStores, type StoresOptions } from '@/store/stores';

/** The engine in place, as a synchronous page would run it (no worker in Node or jsdom). */
export const syncCompare = async (pair: Pair<Source>) => compareSources(pair);
export const syncMeasure = async (sources: readonly Source[]) => containmentMatrix(sources);
export const syncLabel = async (library: readonly Source[], ids: readonly string[]) =>
  labelsAmong(library, ids);
export const syncDescribe = async (sources: readonly Source[]) =>
  Object.fromEntries(sources.map((s) => [s.id, describeSource(s)]));
export const syncRead = async (comparison: Comparison, labels: Pair<BlockLabels>) =>
  readingsOf(comparison, labels);

/** A fresh set of the page's stores over `sources`, with the engine in place. */
export function testStores(
  options: Omit<StoresOptions, 'compare' | 'measure' | 'label' | 'read' | 'describe'> &
    Partial<StoresOptions>,
) {
  return createStores({
    compare: syncCompare,
    measure: syncMeasure,
    label: syncLabel,
    read: syncRead,
    describe: syncDescribe,
    ...options,
  });
}
