import type { Comparison, Pair, Source } from '@/core';
import type { ComparisonsState } from './comparisons';
import type { LibraryState } from './library';
import type { ReaderState } from './reader';

export const selectPair = (s: ReaderState) => s.pair;
export const selectProblem = (s: ReaderState) => s.problem;
export const selectFocus = (s: ReaderState) => s.focus;
export const selectHideBoilerplate = (s: ReaderState) => s.hideBoilerplate;
export const selectSources = (s: LibraryState) => s.sources;
export const selectOwnIds = (s: LibraryState) => s.ownIds;
export const selectComparison = (s: ComparisonsState) => s.comparison;
export const selectComputing = (s: ComparisonsState) => s.pending !== null;
export const selectMatrix = (s: ComparisonsState) => s.matrix;

/** The comparison, only when it is the one for `pair` (not one left from an earlier pair). */
export const comparisonFor = (c: Comparison | null, pair: Pair<string>): Comparison | null =>
  c && c.ids[0] === pair[0] && c.ids[1] === pair[1] ? c : null;

/**
 * The two sources a comparison names, from the reader's sources; null when one is gone or is not
 * the text compared (a comparison names its sources by id and carries none of their text).
 */
export function sourcesOf(sources: readonly Source[], c: Comparison | null): Pair<Source> | null {
  if (!c) return null;
  const a = sources.find((s) => s.id === c.ids[0]);
  const b = sources.find((s) => s.id === c.ids[1]);
  return a && b && a.text.length === c.lengths[0] && b.text.length === c.lengths[1] ? [a, b] : null;
}
