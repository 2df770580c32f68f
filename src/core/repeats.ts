import { kgramFirst, kgramNext, type KgramIndex } from './kgrams';

/**
 * For each word that lies in a run of at least `k` words standing more than once in the same
 * text (a duplicated headline, a repeated paragraph), the index of the matching word in another
 * occurrence — the first one, or for the first itself the next — else -1. Uses the text's own
 * k-gram index, whose chains list occurrences in order.
 */
export function findRepeats(ids: Int32Array, index: KgramIndex): Int32Array {
  const k = index.k;
  const repeatOf = new Int32Array(ids.length).fill(-1);
  const hashes = index.hashes;
  for (let i = 0; i < hashes.length; i++) {
    let other = kgramFirst(index, hashes[i]!);
    if (other === i) other = kgramNext(index, i);
    if (other < 0 || !sameWindow(ids, other, i, k)) continue;
    for (let t = 0; t < k; t++) {
      if (repeatOf[i + t]! < 0) repeatOf[i + t] = other + t;
    }
  }
  return repeatOf;
}

function sameWindow(ids: Int32Array, x: number, y: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (ids[x + t] !== ids[y + t]) return false;
  return true;
}
