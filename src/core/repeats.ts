import { kgramFirst, type KgramIndex } from './kgrams';

/**
 * For each word, the index of the word it repeats when it lies in a run of at least `k` words
 * that already stood earlier in the same text (a duplicated headline, a repeated paragraph),
 * else -1. Uses the text's own k-gram index: the first window with the same hash is the
 * earliest occurrence.
 */
export function findRepeats(ids: Int32Array, index: KgramIndex): Int32Array {
  const k = index.k;
  const repeatOf = new Int32Array(ids.length).fill(-1);
  const hashes = index.hashes;
  for (let i = 0; i < hashes.length; i++) {
    const earliest = kgramFirst(index, hashes[i]!);
    if (earliest < 0 || earliest >= i || !sameWindow(ids, earliest, i, k)) continue;
    for (let t = 0; t < k; t++) {
      if (repeatOf[i + t]! < 0) repeatOf[i + t] = earliest + t;
    }
  }
  return repeatOf;
}

function sameWindow(ids: Int32Array, x: number, y: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (ids[x + t] !== ids[y + t]) return false;
  return true;
}
