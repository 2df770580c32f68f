/**
 * A hash index of every k-word window of a sequence of word ids: which positions start the
 * same k words. Built once per text in linear time on typed arrays; a lookup walks one chain.
 */
export interface KgramIndex {
  readonly k: number;
  /** Hash of the window starting at each position (length `n - k + 1`, or 0). */
  readonly hashes: Uint32Array;
  readonly head: Int32Array;
  /** Next position in the same bucket, ascending; -1 ends the chain. */
  readonly next: Int32Array;
  readonly shift: number;
}

const BASE = 0x01000193;
const GOLDEN = 0x9e3779b1;

/** Rolling polynomial hash of each window of `k` ids, modulo 2^32. */
export function hashWindows(ids: Int32Array, k: number): Uint32Array {
  const count = Math.max(0, ids.length - k + 1);
  const hashes = new Uint32Array(count);
  if (count === 0) return hashes;
  let top = 1; // BASE^(k-1), to remove the word leaving the window
  for (let t = 1; t < k; t++) top = Math.imul(top, BASE);
  let h = 0;
  for (let t = 0; t < k; t++) h = (Math.imul(h, BASE) + (ids[t]! + 1)) | 0;
  hashes[0] = h >>> 0;
  for (let i = 1; i < count; i++) {
    h = (h - Math.imul(ids[i - 1]! + 1, top)) | 0;
    h = (Math.imul(h, BASE) + (ids[i + k - 1]! + 1)) | 0;
    hashes[i] = h >>> 0;
  }
  return hashes;
}

export function buildKgramIndex(ids: Int32Array, k: number): KgramIndex {
  const hashes = hashWindows(ids, k);
  let bits = 4;
  while (1 << bits < hashes.length * 2) bits++;
  const shift = 32 - bits;
  const head = new Int32Array(1 << bits).fill(-1);
  const next = new Int32Array(hashes.length);
  // Inserting from the end keeps every chain in ascending position order.
  for (let i = hashes.length - 1; i >= 0; i--) {
    const bucket = Math.imul(hashes[i]!, GOLDEN) >>> shift;
    next[i] = head[bucket]!;
    head[bucket] = i;
  }
  return { k, hashes, head, next, shift };
}

/** First position in `index` whose window hash equals `hash`, or -1. */
export function kgramFirst(index: KgramIndex, hash: number): number {
  let p = index.head[Math.imul(hash, GOLDEN) >>> index.shift]!;
  while (p >= 0 && index.hashes[p] !== hash) p = index.next[p]!;
  return p;
}

/** Next position after `p` with the same window hash as `p`, or -1. */
export function kgramNext(index: KgramIndex, p: number): number {
  const hash = index.hashes[p]!;
  let q = index.next[p]!;
  while (q >= 0 && index.hashes[q] !== hash) q = index.next[q]!;
  return q;
}

/** How many windows have this hash, counting no further than `limit + 1`. */
export function kgramCount(index: KgramIndex, hash: number, limit: number): number {
  let n = 0;
  for (let p = kgramFirst(index, hash); p >= 0 && n <= limit; p = kgramNext(index, p)) n++;
  return n;
}
