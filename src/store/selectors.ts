import type { Comparison, Pair } from '@/core';
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
  c && c.sources[0].id === pair[0] && c.sources[1].id === pair[1] ? c : null;
