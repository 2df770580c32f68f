import type { Run } from './match';

/**
 * Marks the heaviest chain of runs that stand in the same order in both texts (the heaviest
 * increasing subsequence, weighted by words): those read as in place, every other run as moved.
 * `runs` must be sorted by their position in A. O(n log n) with a Fenwick tree of prefix maxima.
 */
export function inOrderChain(runs: readonly Run[]): Uint8Array {
  const n = runs.length;
  const inChain = new Uint8Array(n);
  if (n === 0) return inChain;
  const rankB = ranksByB(runs);
  const treeWeight = new Float64Array(n + 1);
  const treeIndex = new Int32Array(n + 1).fill(-1);
  const previous = new Int32Array(n).fill(-1);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let bestWeight = 0;
    let bestIndex = -1;
    for (let r = rankB[i]!; r > 0; r -= r & -r) {
      if (treeWeight[r]! > bestWeight) {
        bestWeight = treeWeight[r]!;
        bestIndex = treeIndex[r]!;
      }
    }
    total[i] = bestWeight + runs[i]!.length;
    previous[i] = bestIndex;
    for (let r = rankB[i]! + 1; r <= n; r += r & -r) {
      if (total[i]! > treeWeight[r]!) {
        treeWeight[r] = total[i]!;
        treeIndex[r] = i;
      }
    }
  }
  let last = 0;
  for (let i = 1; i < n; i++) if (total[i]! > total[last]!) last = i;
  for (let i = last; i >= 0; i = previous[i]!) inChain[i] = 1;
  return inChain;
}

/** Each run's rank (0-based) by its position in B. */
export function ranksByB(runs: readonly Run[]): Int32Array {
  const order = runs.map((_, i) => i).sort((x, y) => runs[x]!.b - runs[y]!.b);
  const rank = new Int32Array(runs.length);
  order.forEach((runIndex, r) => {
    rank[runIndex] = r;
  });
  return rank;
}
