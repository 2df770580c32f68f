import type { ReaderState } from './readerStore';

export const selectPair = (s: ReaderState) => s.pair;
export const selectSources = (s: ReaderState) => s.sources;
export const selectOwnIds = (s: ReaderState) => s.ownIds;
export const selectComparison = (s: ReaderState) => s.comparison;
export const selectComputing = (s: ReaderState) => s.computing;
export const selectProblem = (s: ReaderState) => s.problem;

/** The comparison, only when it is the one for the pair now chosen (not a stale one). */
export const selectCurrentComparison = (s: ReaderState) => {
  const c = s.comparison;
  return c && c.sources[0].id === s.pair[0] && c.sources[1].id === s.pair[1] ? c : null;
};
