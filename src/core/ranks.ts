import type { Run } from './match';

/** Each run's rank (0-based) by its position in B. */
export function ranksByB(runs: readonly Run[]): Int32Array {
  const order = runs.map((_, i) => i).sort((x, y) => runs[x]!.b - runs[y]!.b);
  const rank = new Int32Array(runs.length);
  order.forEach((runIndex, r) => {
    rank[runIndex] = r;
  });
  return rank;
}
