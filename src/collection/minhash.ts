import type { Candidate } from './candidates';

/**
 * The other candidate index the benchmark measures: MinHash signatures of all n-grams, banded
 * for locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman & Ullman, ch. 3). Two
 * documents become candidates when any band of their signatures agrees. It estimates Jaccard
 * similarity, so it finds near-copies well and an excerpt of a longer text poorly (an excerpt
 * of a third has Jaccard ≈ 0.3 with its source); `bench/collection.ts` measures both, and the
 * command uses the n-gram index (see README, "verbatim corpus").
 */
export interface MinHashOptions {
  readonly bands: number;
  readonly rows: number;
  /** Buckets holding more documents than this are skipped, as stock n-grams are. */
  readonly maxBucket: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { bands: 32, rows: 4, maxBucket: 100 };

/** Fixed, odd multipliers and offsets: a signature is the same on every run. */
function seeds(k: number): Uint32Array {
  const out = new Uint32Array(2 * k);
  let s = 0x2545f491;
  for (let i = 0; i < out.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = (s >>> 0) | (i % 2 === 0 ? 1 : 0);
  }
  return out;
}

/** The MinHash signature (bands × rows values) of a set of n-gram hashes. */
export function minHashSignature(
  hashes: Uint32Array,
  options: MinHashOptions = DEFAULT_MINHASH,
): Uint32Array {
  const k = options.bands * options.rows;
  const ab = seeds(k);
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let h = 0; h < hashes.length; h++) {
    const x = hashes[h]!;
    for (let i = 0; i < k; i++) {
      let v = (Math.imul(x, ab[2 * i]!) + ab[2 * i + 1]!) >>> 0;
      v ^= v >>> 16;
      v = Math.imul(v, 0x85ebca6b) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Candidate pairs whose signatures agree on some band; `shared` counts the bands. */
export function lshCandidates(
  signatures: readonly Uint32Array[],
  options: MinHashOptions = DEFAULT_MINHASH,
): Candidate[] {
  const docs = signatures.length;
  const counts = new Map<number, number>();
  for (let band = 0; band < options.bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, doc) => {
      const key = sig.subarray(band * options.rows, (band + 1) * options.rows).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > options.maxBucket) continue;
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const key = bucket[x]! * docs + bucket[y]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
  }
  const out: Candidate[] = [];
  for (const [key, shared] of counts)
    out.push({ i: Math.floor(key / docs), j: key % docs, shared });
  return out.sort((p, q) => p.i - q.i || p.j - q.j);
}
