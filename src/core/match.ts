import { buildKgramIndex, kgramCount, kgramFirst, kgramNext, type KgramIndex } from './kgrams';

/** A run of equal ids: `length` words from `a` in text A and from `b` in text B. */
export interface Run {
  a: number;
  b: number;
  length: number;
}

/**
 * Every maximal diagonal run of at least `k` equal ids between `a` and `b`, seeded by shared
 * k-grams. A k-gram that occurs at most `maxSeedOccurrences` times on each side seeds every pair
 * of its occurrences. A more frequent one (a refrain, a sentence repeated sixty times) would seed
 * quadratically many pairs, so its occurrences are paired by rank instead: the r-th of the side
 * with fewer occurrences with the proportionally placed one of the other side. Two copies of a
 * repetitive text then still align along their diagonal, with linear work. Extension walks
 * through frequent words freely.
 */
export function findRuns(
  a: Int32Array,
  b: Int32Array,
  k: number,
  maxSeedOccurrences: number,
  indexA: KgramIndex = buildKgramIndex(a, k),
  indexB: KgramIndex = buildKgramIndex(b, k),
): Run[] {
  const runs: Run[] = [];
  // Per diagonal (b - a), where the last run found on it ends in A: seeds inside it are skipped,
  // so each run is extended once, keeping the whole search linear in the text length.
  const covered = new Map<number, number>();
  const hashesA = indexA.hashes;
  const frequent = new FrequentKgrams(indexA, indexB);
  const seed = (i: number, j: number) => {
    const diagonal = j - i;
    if ((covered.get(diagonal) ?? -1) > i) return;
    let s = 0;
    while (i - s > 0 && j - s > 0 && a[i - s - 1] === b[j - s - 1]) s++;
    let e = 0;
    while (i + e < a.length && j + e < b.length && a[i + e] === b[j + e]) e++;
    // A hash collision extends to fewer than k words and is dropped here.
    if (e < k) return;
    covered.set(diagonal, i + e);
    runs.push({ a: i - s, b: j - s, length: s + e });
  };
  for (let i = 0; i < hashesA.length; i++) {
    const hash = hashesA[i]!;
    const first = kgramFirst(indexB, hash);
    if (first < 0) continue;
    if (
      kgramCount(indexB, hash, maxSeedOccurrences) > maxSeedOccurrences ||
      kgramCount(indexA, hash, maxSeedOccurrences) > maxSeedOccurrences
    ) {
      for (const j of frequent.partnersOf(i, hash)) seed(i, j);
      continue;
    }
    for (let j = first; j >= 0; j = kgramNext(indexB, j)) seed(i, j);
  }
  return runs;
}

/**
 * Rank pairing for frequent k-grams: position lists are gathered once per hash (each position
 * belongs to one hash, so all lists together are linear in the texts' length).
 */
class FrequentKgrams {
  private readonly lists = new Map<number, readonly [number[], number[]]>();

  constructor(
    private readonly indexA: KgramIndex,
    private readonly indexB: KgramIndex,
  ) {}

  /** The positions in B paired with position `i` of A, whose window hashes to `hash`. */
  partnersOf(i: number, hash: number): number[] {
    let lists = this.lists.get(hash);
    if (lists === undefined) {
      lists = [positionsOf(this.indexA, hash), positionsOf(this.indexB, hash)];
      this.lists.set(hash, lists);
    }
    const [inA, inB] = lists;
    const r = binarySearch(inA, i);
    const out: number[] = [];
    if (inA.length <= inB.length) {
      out.push(inB[scaledRank(r, inA.length, inB.length)]!);
    } else {
      // The B occurrences whose proportional partner in A is rank r: invert the same mapping,
      // so the pairs are the same whichever text is called A.
      const guess = scaledRank(r, inA.length, inB.length);
      for (let s = Math.max(0, guess - 1); s <= Math.min(inB.length - 1, guess + 1); s++) {
        if (scaledRank(s, inB.length, inA.length) === r) out.push(inB[s]!);
      }
    }
    return out;
  }
}

/** Rank `r` of `from` items placed proportionally among `to` items. */
function scaledRank(r: number, from: number, to: number): number {
  if (from <= 1) return 0;
  return Math.round((r * (to - 1)) / (from - 1));
}

function positionsOf(index: KgramIndex, hash: number): number[] {
  const out: number[] = [];
  for (let p = kgramFirst(index, hash); p >= 0; p = kgramNext(index, p)) out.push(p);
  return out;
}

function binarySearch(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Greedy string tiling: claim the longest run first, then the longest that is still free, so no
 * word on either side is claimed twice. A run cut by an earlier claim goes back in line with
 * the length it has left (when that is still at least `k`). `usedA`/`usedB` (marked 1 where a
 * word is already claimed) are filled in as runs are claimed.
 */
export function tileRuns(
  runs: readonly Run[],
  lengthA: number,
  lengthB: number,
  k: number,
  usedA = new Uint8Array(lengthA),
  usedB = new Uint8Array(lengthB),
): Run[] {
  const heap = new RunHeap();
  for (const run of runs) heap.push(run);
  const tiles: Run[] = [];
  for (let run = heap.pop(); run !== undefined; run = heap.pop()) {
    if (runIsFree(run, usedA, usedB)) {
      usedA.fill(1, run.a, run.a + run.length);
      usedB.fill(1, run.b, run.b + run.length);
      tiles.push(run);
      continue;
    }
    for (const piece of freePieces([run], usedA, usedB, k)) heap.push(piece);
  }
  return tiles;
}

/** The parts of each run (at least `k` long) whose words are free on both sides. */
export function freePieces(
  runs: readonly Run[],
  usedA: Uint8Array,
  usedB: Uint8Array,
  k: number,
): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let start = -1;
    for (let t = 0; t <= run.length; t++) {
      const free = t < run.length && usedA[run.a + t] === 0 && usedB[run.b + t] === 0;
      if (free && start < 0) start = t;
      if (!free && start >= 0) {
        if (t - start >= k) out.push({ a: run.a + start, b: run.b + start, length: t - start });
        start = -1;
      }
    }
  }
  return out;
}

function runIsFree(run: Run, usedA: Uint8Array, usedB: Uint8Array): boolean {
  for (let t = 0; t < run.length; t++) {
    if (usedA[run.a + t] !== 0 || usedB[run.b + t] !== 0) return false;
  }
  return true;
}

/** Longest first; among equals, the one nearer the start of both texts. */
function before(x: Run, y: Run): boolean {
  if (x.length !== y.length) return x.length > y.length;
  const sx = x.a + x.b;
  const sy = y.a + y.b;
  if (sx !== sy) return sx < sy;
  return (
    Math.abs(x.a - x.b) < Math.abs(y.a - y.b) ||
    (Math.abs(x.a - x.b) === Math.abs(y.a - y.b) && x.a < y.a)
  );
}

class RunHeap {
  private readonly items: Run[] = [];

  push(run: Run): void {
    const items = this.items;
    items.push(run);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Run | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l]!, items[best]!)) best = l;
        if (r < items.length && before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}
