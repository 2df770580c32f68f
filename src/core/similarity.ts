import { compareSources } from './compare';
import type { Pair, SideStats, Source } from './types';

/** How much of each row source's words stand in each column source (1 on the diagonal). */
export function containmentMatrix(sources: readonly Source[]): number[][] {
  const n = sources.length;
  const matrix: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const { stats } = compareSources([sources[i]!, sources[j]!]);
      matrix[i]![j] = inOther(stats[0]);
      matrix[j]![i] = inOther(stats[1]);
    }
  }
  return matrix;
}

/**
 * The share (0 to 1) of one side's words linked to the other side (shared, moved or reworded):
 * the same figure as the pane header's and the relation's, so the matrix never says another.
 */
export function inOther(s: Pick<SideStats, 'words' | 'shared' | 'moved' | 'reworded'>): number {
  return s.words === 0 ? 0 : (s.shared + s.moved + s.reworded) / s.words;
}

/** The pair of distinct sources that share the most, by the mean of both containments. */
export function mostSimilarPair(sources: readonly Source[]): Pair<string> | null {
  if (sources.length < 2) return null;
  const matrix = containmentMatrix(sources);
  let best: readonly [number, number] = [0, 1];
  let bestScore = -1;
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const score = (matrix[i]![j]! + matrix[j]![i]!) / 2;
      if (score > bestScore) {
        bestScore = score;
        best = [i, j];
      }
    }
  }
  return [sources[best[0]]!.id, sources[best[1]]!.id];
}
