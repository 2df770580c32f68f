import { freePieces, tileRuns, type Run } from './match';

/**
 * Order first, then moves. Among all candidate runs (maximal, and free to overlap one another),
 * the heaviest chain that stands in the same order in both texts is placed first, the way genome
 * aligners chain exact matches before anything else: a clause that stands twice is paired with
 * the copy that keeps the order, never crosswise. Runs cut short by the chain are offered again
 * for the gaps they fit in, in order; only what still cannot be placed in order is tiled, longest
 * first, and called moved.
 *
 * Returns non-overlapping tiles sorted by their position in A.
 */
export function placeRuns(
  runs: readonly Run[],
  lengthA: number,
  lengthB: number,
  k: number,
  tie: (run: Run) => number = () => 0,
): { a: number; b: number; length: number; moved: boolean }[] {
  const usedA = new Uint8Array(lengthA);
  const usedB = new Uint8Array(lengthB);
  let chain: Run[] = [];
  let weight = 0;
  // Each round can only add in-order pieces; a handful of rounds reaches the fixed point on
  // real text (two as a rule), and the bound keeps the work linear whatever the input.
  for (let round = 0; round < 4; round++) {
    const pieces = round === 0 ? runs : [...chain, ...freePieces(runs, usedA, usedB, k)];
    const next = heaviestChain(pieces, tie).map((i) => pieces[i]!);
    const nextWeight = next.reduce((sum, r) => sum + r.length, 0);
    if (round > 0 && nextWeight <= weight) break;
    usedA.fill(0);
    usedB.fill(0);
    for (const r of next) {
      usedA.fill(1, r.a, r.a + r.length);
      usedB.fill(1, r.b, r.b + r.length);
    }
    chain = next;
    weight = nextWeight;
  }
  const moved = tileRuns(freePieces(runs, usedA, usedB, k), lengthA, lengthB, k, usedA, usedB);
  return [
    ...chain.map((r) => ({ ...r, moved: false })),
    ...moved.map((r) => ({ ...r, moved: true })),
  ].sort((x, y) => x.a - y.a);
}

/**
 * The heaviest chain (by words) of runs that follow one another without overlap in both texts:
 * each run starts after the previous one ends, in A and in B. Returns indices into `runs`, in
 * reading order. A sweep over A with a Fenwick tree of prefix maxima over where runs end in B:
 * O(n log m) for n runs in texts of m words.
 *
 * `tie` (0 to 1, from a run's words alone) breaks ties between equally heavy chains: two
 * swapped paragraphs of the same length must yield the same choice whichever text is called A,
 * and only what the runs say is the same both ways. Scaled by 1/(n+1), it never outweighs a word.
 */
export function heaviestChain(runs: readonly Run[], tie: (run: Run) => number = () => 0): number[] {
  const n = runs.length;
  if (n === 0) return [];
  const weight = runs.map((r) => r.length + tie(r) / (n + 1));
  // Counting sorts (positions are small integers): linear, where a comparison sort of many runs
  // was the stage's main cost.
  const byStart = countingOrder(
    runs,
    (r) => r.a,
    countingOrder(runs, (r) => r.b),
  );
  const byEnd = countingOrder(runs, (r) => end(r, 'a'));
  // The Fenwick tree is indexed by where a run ends in B (1-based), so no ranks are needed.
  let size = 0;
  for (const r of runs) size = Math.max(size, end(r, 'b'));
  const treeWeight = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  let inserted = 0;
  for (const j of byStart) {
    const run = runs[j]!;
    // Every run that ends in A by the time this one starts may precede it.
    while (inserted < n && end(runs[byEnd[inserted]!]!, 'a') <= run.a) {
      const i = byEnd[inserted++]!;
      for (let r = end(runs[i]!, 'b'); r <= size; r += r & -r) {
        if (total[i]! > treeWeight[r]!) {
          treeWeight[r] = total[i]!;
          treeIndex[r] = i;
        }
      }
    }
    let best = 0;
    let bestIndex = -1;
    for (let r = Math.min(run.b, size); r > 0; r -= r & -r) {
      if (treeWeight[r]! > best) {
        best = treeWeight[r]!;
        bestIndex = treeIndex[r]!;
      }
    }
    total[j] = best + weight[j]!;
    previous[j] = bestIndex;
  }
  let last = byStart[0]!;
  for (const j of byStart) if (total[j]! > total[last]!) last = j;
  const chain: number[] = [];
  for (let i = last; i >= 0; i = previous[i]!) chain.push(i);
  return chain.reverse();
}

const end = (r: Run, side: 'a' | 'b') => r[side] + r.length;

/** Indices of `runs` stably sorted by `key` (a non-negative integer), taken in `within` order. */
function countingOrder(
  runs: readonly Run[],
  key: (r: Run) => number,
  within: readonly number[] = runs.map((_, i) => i),
): number[] {
  let max = 0;
  for (const r of runs) max = Math.max(max, key(r));
  const starts = new Int32Array(max + 2);
  for (const r of runs) starts[key(r) + 1]!++;
  for (let v = 1; v < starts.length; v++) starts[v]! += starts[v - 1]!;
  const out = new Array<number>(runs.length);
  for (const i of within) out[starts[key(runs[i]!)]!++] = i;
  return out;
}
